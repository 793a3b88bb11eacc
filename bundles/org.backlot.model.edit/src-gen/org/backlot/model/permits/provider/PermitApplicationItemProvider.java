/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.permits.provider;


import java.util.Collection;
import java.util.List;

import org.backlot.model.edit.internal.BacklotEditPlugin;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.PermitsPackage;

import org.backlot.model.production.provider.IdentifiedItemProvider;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.backlot.model.permits.PermitApplication} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PermitApplicationItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PermitApplicationItemProvider(AdapterFactory adapterFactory) {
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

			addAuthorityPropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addLocationsPropertyDescriptor(object);
			addHeadCountPropertyDescriptor(object);
			addVehicleCountPropertyDescriptor(object);
			addVehicleTypesPropertyDescriptor(object);
			addHazardsPropertyDescriptor(object);
			addFeePropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addPermitNumberPropertyDescriptor(object);
			addConditionsPropertyDescriptor(object);
			addPersonInChargePropertyDescriptor(object);
			addScenesPropertyDescriptor(object);
			addApplicantPropertyDescriptor(object);
			addEquipmentPropertyDescriptor(object);
			addReferencePropertyDescriptor(object);
			addReasonsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Authority feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_authority_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_authority_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__AUTHORITY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_description_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Locations feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocationsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_locations_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_locations_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__LOCATIONS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Head Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHeadCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_headCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_headCount_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__HEAD_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Vehicle Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVehicleCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_vehicleCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_vehicleCount_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__VEHICLE_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Vehicle Types feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVehicleTypesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_vehicleTypes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_vehicleTypes_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__VEHICLE_TYPES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hazards feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHazardsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_hazards_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_hazards_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__HAZARDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fee feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFeePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_fee_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_fee_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__FEE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_status_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Permit Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPermitNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_permitNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_permitNumber_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__PERMIT_NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Conditions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConditionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_conditions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_conditions_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__CONDITIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Person In Charge feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPersonInChargePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_personInCharge_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_personInCharge_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__PERSON_IN_CHARGE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Scenes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScenesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_scenes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_scenes_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__SCENES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Applicant feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addApplicantPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_applicant_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_applicant_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__APPLICANT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Equipment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEquipmentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_equipment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_equipment_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__EQUIPMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reference feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReferencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_reference_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_reference_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__REFERENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reasons feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReasonsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PermitApplication_reasons_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PermitApplication_reasons_feature", "_UI_PermitApplication_type"),
				 PermitsPackage.Literals.PERMIT_APPLICATION__REASONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(PermitsPackage.Literals.PERMIT_APPLICATION__PERIODS);
			childrenFeatures.add(PermitsPackage.Literals.PERMIT_APPLICATION__ROAD_CLOSURES);
			childrenFeatures.add(PermitsPackage.Literals.PERMIT_APPLICATION__DOCUMENTS);
			childrenFeatures.add(PermitsPackage.Literals.PERMIT_APPLICATION__HISTORY);
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
	 * This returns PermitApplication.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PermitApplication"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((PermitApplication)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_PermitApplication_type") :
			getString("_UI_PermitApplication_type") + " " + label;
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

		switch (notification.getFeatureID(PermitApplication.class)) {
			case PermitsPackage.PERMIT_APPLICATION__DESCRIPTION:
			case PermitsPackage.PERMIT_APPLICATION__HEAD_COUNT:
			case PermitsPackage.PERMIT_APPLICATION__VEHICLE_COUNT:
			case PermitsPackage.PERMIT_APPLICATION__VEHICLE_TYPES:
			case PermitsPackage.PERMIT_APPLICATION__HAZARDS:
			case PermitsPackage.PERMIT_APPLICATION__FEE:
			case PermitsPackage.PERMIT_APPLICATION__STATUS:
			case PermitsPackage.PERMIT_APPLICATION__PERMIT_NUMBER:
			case PermitsPackage.PERMIT_APPLICATION__CONDITIONS:
			case PermitsPackage.PERMIT_APPLICATION__APPLICANT:
			case PermitsPackage.PERMIT_APPLICATION__EQUIPMENT:
			case PermitsPackage.PERMIT_APPLICATION__REFERENCE:
			case PermitsPackage.PERMIT_APPLICATION__REASONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PermitsPackage.PERMIT_APPLICATION__PERIODS:
			case PermitsPackage.PERMIT_APPLICATION__ROAD_CLOSURES:
			case PermitsPackage.PERMIT_APPLICATION__DOCUMENTS:
			case PermitsPackage.PERMIT_APPLICATION__HISTORY:
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
				(PermitsPackage.Literals.PERMIT_APPLICATION__PERIODS,
				 PermitsFactory.eINSTANCE.createPermitPeriod()));

		newChildDescriptors.add
			(createChildParameter
				(PermitsPackage.Literals.PERMIT_APPLICATION__ROAD_CLOSURES,
				 PermitsFactory.eINSTANCE.createRoadClosure()));

		newChildDescriptors.add
			(createChildParameter
				(PermitsPackage.Literals.PERMIT_APPLICATION__DOCUMENTS,
				 PermitsFactory.eINSTANCE.createPermitDocument()));

		newChildDescriptors.add
			(createChildParameter
				(PermitsPackage.Literals.PERMIT_APPLICATION__HISTORY,
				 PermitsFactory.eINSTANCE.createStatusChange()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return BacklotEditPlugin.INSTANCE;
	}

}
