/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.production.provider;


import java.util.Collection;
import java.util.List;

import org.backlot.model.breakdown.BreakdownFactory;

import org.backlot.model.lighting.LightingFactory;

import org.backlot.model.permits.PermitsFactory;

import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.production.ProductionPackage;

import org.backlot.model.schedule.ScheduleFactory;

import org.backlot.model.script.ScriptFactory;

import org.backlot.model.shots.ShotsFactory;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.backlot.model.production.Production} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProductionItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProductionItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addFileVersionPropertyDescriptor(object);
			addTitlePropertyDescriptor(object);
			addOriginalTitlePropertyDescriptor(object);
			addTranslatedTitlePropertyDescriptor(object);
			addCompanyPropertyDescriptor(object);
			addLanguagePropertyDescriptor(object);
			addFormatPropertyDescriptor(object);
			addStartDatePropertyDescriptor(object);
			addWrapDatePropertyDescriptor(object);
			addStudioPropertyDescriptor(object);
			addActiveSchedulePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the File Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFileVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Production_fileVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Production_fileVersion_feature", "_UI_Production_type"),
				 ProductionPackage.Literals.PRODUCTION__FILE_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Production_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Production_title_feature", "_UI_Production_type"),
				 ProductionPackage.Literals.PRODUCTION__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Original Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOriginalTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Production_originalTitle_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Production_originalTitle_feature", "_UI_Production_type"),
				 ProductionPackage.Literals.PRODUCTION__ORIGINAL_TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Translated Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTranslatedTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Production_translatedTitle_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Production_translatedTitle_feature", "_UI_Production_type"),
				 ProductionPackage.Literals.PRODUCTION__TRANSLATED_TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Company feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompanyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Production_company_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Production_company_feature", "_UI_Production_type"),
				 ProductionPackage.Literals.PRODUCTION__COMPANY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Language feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLanguagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Production_language_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Production_language_feature", "_UI_Production_type"),
				 ProductionPackage.Literals.PRODUCTION__LANGUAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Format feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Production_format_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Production_format_feature", "_UI_Production_type"),
				 ProductionPackage.Literals.PRODUCTION__FORMAT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Production_startDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Production_startDate_feature", "_UI_Production_type"),
				 ProductionPackage.Literals.PRODUCTION__START_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Wrap Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWrapDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Production_wrapDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Production_wrapDate_feature", "_UI_Production_type"),
				 ProductionPackage.Literals.PRODUCTION__WRAP_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Studio feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStudioPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Production_studio_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Production_studio_feature", "_UI_Production_type"),
				 ProductionPackage.Literals.PRODUCTION__STUDIO,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Active Schedule feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActiveSchedulePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Production_activeSchedule_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Production_activeSchedule_feature", "_UI_Production_type"),
				 ProductionPackage.Literals.PRODUCTION__ACTIVE_SCHEDULE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ProductionPackage.Literals.PRODUCTION__DEPARTMENTS);
			childrenFeatures.add(ProductionPackage.Literals.PRODUCTION__PEOPLE);
			childrenFeatures.add(ProductionPackage.Literals.PRODUCTION__CONTACTS);
			childrenFeatures.add(ProductionPackage.Literals.PRODUCTION__SCRIPT);
			childrenFeatures.add(ProductionPackage.Literals.PRODUCTION__BREAKDOWN);
			childrenFeatures.add(ProductionPackage.Literals.PRODUCTION__SHOT_LIST);
			childrenFeatures.add(ProductionPackage.Literals.PRODUCTION__SCHEDULES);
			childrenFeatures.add(ProductionPackage.Literals.PRODUCTION__HOLIDAYS);
			childrenFeatures.add(ProductionPackage.Literals.PRODUCTION__LIGHTING);
			childrenFeatures.add(ProductionPackage.Literals.PRODUCTION__PERMIT_APPLICATIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Production.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Production"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Production)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Production_type") :
			getString("_UI_Production_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Production.class)) {
			case ProductionPackage.PRODUCTION__FILE_VERSION:
			case ProductionPackage.PRODUCTION__TITLE:
			case ProductionPackage.PRODUCTION__ORIGINAL_TITLE:
			case ProductionPackage.PRODUCTION__TRANSLATED_TITLE:
			case ProductionPackage.PRODUCTION__COMPANY:
			case ProductionPackage.PRODUCTION__LANGUAGE:
			case ProductionPackage.PRODUCTION__FORMAT:
			case ProductionPackage.PRODUCTION__START_DATE:
			case ProductionPackage.PRODUCTION__WRAP_DATE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ProductionPackage.PRODUCTION__DEPARTMENTS:
			case ProductionPackage.PRODUCTION__PEOPLE:
			case ProductionPackage.PRODUCTION__CONTACTS:
			case ProductionPackage.PRODUCTION__SCRIPT:
			case ProductionPackage.PRODUCTION__BREAKDOWN:
			case ProductionPackage.PRODUCTION__SHOT_LIST:
			case ProductionPackage.PRODUCTION__SCHEDULES:
			case ProductionPackage.PRODUCTION__HOLIDAYS:
			case ProductionPackage.PRODUCTION__LIGHTING:
			case ProductionPackage.PRODUCTION__PERMIT_APPLICATIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ProductionPackage.Literals.PRODUCTION__DEPARTMENTS,
				 ProductionFactory.eINSTANCE.createDepartment()));

		newChildDescriptors.add
			(createChildParameter
				(ProductionPackage.Literals.PRODUCTION__PEOPLE,
				 ProductionFactory.eINSTANCE.createPerson()));

		newChildDescriptors.add
			(createChildParameter
				(ProductionPackage.Literals.PRODUCTION__CONTACTS,
				 ProductionFactory.eINSTANCE.createContact()));

		newChildDescriptors.add
			(createChildParameter
				(ProductionPackage.Literals.PRODUCTION__SCRIPT,
				 ScriptFactory.eINSTANCE.createScript()));

		newChildDescriptors.add
			(createChildParameter
				(ProductionPackage.Literals.PRODUCTION__BREAKDOWN,
				 BreakdownFactory.eINSTANCE.createBreakdown()));

		newChildDescriptors.add
			(createChildParameter
				(ProductionPackage.Literals.PRODUCTION__SHOT_LIST,
				 ShotsFactory.eINSTANCE.createShotList()));

		newChildDescriptors.add
			(createChildParameter
				(ProductionPackage.Literals.PRODUCTION__SCHEDULES,
				 ScheduleFactory.eINSTANCE.createSchedule()));

		newChildDescriptors.add
			(createChildParameter
				(ProductionPackage.Literals.PRODUCTION__HOLIDAYS,
				 ScheduleFactory.eINSTANCE.createHoliday()));

		newChildDescriptors.add
			(createChildParameter
				(ProductionPackage.Literals.PRODUCTION__LIGHTING,
				 LightingFactory.eINSTANCE.createLightingPlan()));

		newChildDescriptors.add
			(createChildParameter
				(ProductionPackage.Literals.PRODUCTION__PERMIT_APPLICATIONS,
				 PermitsFactory.eINSTANCE.createPermitApplication()));
	}

}
