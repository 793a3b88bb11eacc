/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio.provider;


import java.util.Collection;
import java.util.List;

import org.backlot.model.edit.internal.BacklotEditPlugin;

import org.backlot.model.lighting.LightingFactory;

import org.backlot.model.permits.PermitsFactory;

import org.backlot.model.production.provider.IdentifiedItemProvider;

import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.model.studio.StudioPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.backlot.model.studio.Studio} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StudioItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudioItemProvider(AdapterFactory adapterFactory) {
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
			addNamePropertyDescriptor(object);
			addNameZhPropertyDescriptor(object);
			addAddressPropertyDescriptor(object);
			addLatitudePropertyDescriptor(object);
			addLongitudePropertyDescriptor(object);
			addTimeZonePropertyDescriptor(object);
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
				 getString("_UI_Studio_fileVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Studio_fileVersion_feature", "_UI_Studio_type"),
				 StudioPackage.Literals.STUDIO__FILE_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Studio_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Studio_name_feature", "_UI_Studio_type"),
				 StudioPackage.Literals.STUDIO__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name Zh feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNameZhPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Studio_nameZh_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Studio_nameZh_feature", "_UI_Studio_type"),
				 StudioPackage.Literals.STUDIO__NAME_ZH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Address feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAddressPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Studio_address_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Studio_address_feature", "_UI_Studio_type"),
				 StudioPackage.Literals.STUDIO__ADDRESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Latitude feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLatitudePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Studio_latitude_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Studio_latitude_feature", "_UI_Studio_type"),
				 StudioPackage.Literals.STUDIO__LATITUDE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Longitude feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLongitudePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Studio_longitude_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Studio_longitude_feature", "_UI_Studio_type"),
				 StudioPackage.Literals.STUDIO__LONGITUDE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Time Zone feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTimeZonePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Studio_timeZone_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Studio_timeZone_feature", "_UI_Studio_type"),
				 StudioPackage.Literals.STUDIO__TIME_ZONE,
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
			childrenFeatures.add(StudioPackage.Literals.STUDIO__STAGES);
			childrenFeatures.add(StudioPackage.Literals.STUDIO__INVENTORY);
			childrenFeatures.add(StudioPackage.Literals.STUDIO__EXTRAS);
			childrenFeatures.add(StudioPackage.Literals.STUDIO__APARTMENTS);
			childrenFeatures.add(StudioPackage.Literals.STUDIO__LOCATIONS);
			childrenFeatures.add(StudioPackage.Literals.STUDIO__FIXTURE_TYPES);
			childrenFeatures.add(StudioPackage.Literals.STUDIO__FIXTURE_STOCK);
			childrenFeatures.add(StudioPackage.Literals.STUDIO__AUTHORITIES);
			childrenFeatures.add(StudioPackage.Literals.STUDIO__BOOKINGS);
			childrenFeatures.add(StudioPackage.Literals.STUDIO__ASSETS);
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
	 * This returns Studio.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Studio"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Studio)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Studio_type") :
			getString("_UI_Studio_type") + " " + label;
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

		switch (notification.getFeatureID(Studio.class)) {
			case StudioPackage.STUDIO__FILE_VERSION:
			case StudioPackage.STUDIO__NAME:
			case StudioPackage.STUDIO__NAME_ZH:
			case StudioPackage.STUDIO__ADDRESS:
			case StudioPackage.STUDIO__LATITUDE:
			case StudioPackage.STUDIO__LONGITUDE:
			case StudioPackage.STUDIO__TIME_ZONE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case StudioPackage.STUDIO__STAGES:
			case StudioPackage.STUDIO__INVENTORY:
			case StudioPackage.STUDIO__EXTRAS:
			case StudioPackage.STUDIO__APARTMENTS:
			case StudioPackage.STUDIO__LOCATIONS:
			case StudioPackage.STUDIO__FIXTURE_TYPES:
			case StudioPackage.STUDIO__FIXTURE_STOCK:
			case StudioPackage.STUDIO__AUTHORITIES:
			case StudioPackage.STUDIO__BOOKINGS:
			case StudioPackage.STUDIO__ASSETS:
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
				(StudioPackage.Literals.STUDIO__STAGES,
				 StudioFactory.eINSTANCE.createStage()));

		newChildDescriptors.add
			(createChildParameter
				(StudioPackage.Literals.STUDIO__INVENTORY,
				 StudioFactory.eINSTANCE.createInventoryItem()));

		newChildDescriptors.add
			(createChildParameter
				(StudioPackage.Literals.STUDIO__EXTRAS,
				 StudioFactory.eINSTANCE.createExtra()));

		newChildDescriptors.add
			(createChildParameter
				(StudioPackage.Literals.STUDIO__APARTMENTS,
				 StudioFactory.eINSTANCE.createApartment()));

		newChildDescriptors.add
			(createChildParameter
				(StudioPackage.Literals.STUDIO__LOCATIONS,
				 StudioFactory.eINSTANCE.createLocation()));

		newChildDescriptors.add
			(createChildParameter
				(StudioPackage.Literals.STUDIO__FIXTURE_TYPES,
				 LightingFactory.eINSTANCE.createFixtureType()));

		newChildDescriptors.add
			(createChildParameter
				(StudioPackage.Literals.STUDIO__FIXTURE_STOCK,
				 StudioFactory.eINSTANCE.createFixtureStock()));

		newChildDescriptors.add
			(createChildParameter
				(StudioPackage.Literals.STUDIO__AUTHORITIES,
				 PermitsFactory.eINSTANCE.createAuthority()));

		newChildDescriptors.add
			(createChildParameter
				(StudioPackage.Literals.STUDIO__BOOKINGS,
				 StudioFactory.eINSTANCE.createBooking()));

		newChildDescriptors.add
			(createChildParameter
				(StudioPackage.Literals.STUDIO__ASSETS,
				 StudioFactory.eINSTANCE.createDigitalAsset()));
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
