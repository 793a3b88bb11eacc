/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.permits.impl;

import org.backlot.model.permits.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PermitsFactoryImpl extends EFactoryImpl implements PermitsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PermitsFactory init() {
		try {
			PermitsFactory thePermitsFactory = (PermitsFactory)EPackage.Registry.INSTANCE.getEFactory(PermitsPackage.eNS_URI);
			if (thePermitsFactory != null) {
				return thePermitsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PermitsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PermitsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case PermitsPackage.AUTHORITY: return createAuthority();
			case PermitsPackage.PERMIT_APPLICATION: return createPermitApplication();
			case PermitsPackage.PERMIT_PERIOD: return createPermitPeriod();
			case PermitsPackage.ROAD_CLOSURE: return createRoadClosure();
			case PermitsPackage.PERMIT_DOCUMENT: return createPermitDocument();
			case PermitsPackage.STATUS_CHANGE: return createStatusChange();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case PermitsPackage.AUTHORITY_KIND:
				return createAuthorityKindFromString(eDataType, initialValue);
			case PermitsPackage.PERMIT_STATUS:
				return createPermitStatusFromString(eDataType, initialValue);
			case PermitsPackage.HAZARD:
				return createHazardFromString(eDataType, initialValue);
			case PermitsPackage.PERIOD_KIND:
				return createPeriodKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case PermitsPackage.AUTHORITY_KIND:
				return convertAuthorityKindToString(eDataType, instanceValue);
			case PermitsPackage.PERMIT_STATUS:
				return convertPermitStatusToString(eDataType, instanceValue);
			case PermitsPackage.HAZARD:
				return convertHazardToString(eDataType, instanceValue);
			case PermitsPackage.PERIOD_KIND:
				return convertPeriodKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authority createAuthority() {
		AuthorityImpl authority = new AuthorityImpl();
		return authority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PermitApplication createPermitApplication() {
		PermitApplicationImpl permitApplication = new PermitApplicationImpl();
		return permitApplication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PermitPeriod createPermitPeriod() {
		PermitPeriodImpl permitPeriod = new PermitPeriodImpl();
		return permitPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoadClosure createRoadClosure() {
		RoadClosureImpl roadClosure = new RoadClosureImpl();
		return roadClosure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PermitDocument createPermitDocument() {
		PermitDocumentImpl permitDocument = new PermitDocumentImpl();
		return permitDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusChange createStatusChange() {
		StatusChangeImpl statusChange = new StatusChangeImpl();
		return statusChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AuthorityKind createAuthorityKindFromString(EDataType eDataType, String initialValue) {
		AuthorityKind result = AuthorityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAuthorityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PermitStatus createPermitStatusFromString(EDataType eDataType, String initialValue) {
		PermitStatus result = PermitStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPermitStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Hazard createHazardFromString(EDataType eDataType, String initialValue) {
		Hazard result = Hazard.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHazardToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PeriodKind createPeriodKindFromString(EDataType eDataType, String initialValue) {
		PeriodKind result = PeriodKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPeriodKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PermitsPackage getPermitsPackage() {
		return (PermitsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PermitsPackage getPackage() {
		return PermitsPackage.eINSTANCE;
	}

} //PermitsFactoryImpl
