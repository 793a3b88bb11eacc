/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots.impl;

import org.backlot.model.shots.*;

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
public class ShotsFactoryImpl extends EFactoryImpl implements ShotsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ShotsFactory init() {
		try {
			ShotsFactory theShotsFactory = (ShotsFactory)EPackage.Registry.INSTANCE.getEFactory(ShotsPackage.eNS_URI);
			if (theShotsFactory != null) {
				return theShotsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ShotsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ShotsFactoryImpl() {
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
			case ShotsPackage.SHOT_LIST: return createShotList();
			case ShotsPackage.SHOT: return createShot();
			case ShotsPackage.CAMERA_SETUP: return createCameraSetup();
			case ShotsPackage.STORYBOARD_FRAME: return createStoryboardFrame();
			case ShotsPackage.SET_PLAN: return createSetPlan();
			case ShotsPackage.ACTOR_MARK: return createActorMark();
			case ShotsPackage.ACTOR_MOVE: return createActorMove();
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
			case ShotsPackage.SHOT_SIZE:
				return createShotSizeFromString(eDataType, initialValue);
			case ShotsPackage.CAMERA_ANGLE:
				return createCameraAngleFromString(eDataType, initialValue);
			case ShotsPackage.CAMERA_MOVEMENT:
				return createCameraMovementFromString(eDataType, initialValue);
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
			case ShotsPackage.SHOT_SIZE:
				return convertShotSizeToString(eDataType, instanceValue);
			case ShotsPackage.CAMERA_ANGLE:
				return convertCameraAngleToString(eDataType, instanceValue);
			case ShotsPackage.CAMERA_MOVEMENT:
				return convertCameraMovementToString(eDataType, instanceValue);
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
	public ShotList createShotList() {
		ShotListImpl shotList = new ShotListImpl();
		return shotList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Shot createShot() {
		ShotImpl shot = new ShotImpl();
		return shot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CameraSetup createCameraSetup() {
		CameraSetupImpl cameraSetup = new CameraSetupImpl();
		return cameraSetup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StoryboardFrame createStoryboardFrame() {
		StoryboardFrameImpl storyboardFrame = new StoryboardFrameImpl();
		return storyboardFrame;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetPlan createSetPlan() {
		SetPlanImpl setPlan = new SetPlanImpl();
		return setPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActorMark createActorMark() {
		ActorMarkImpl actorMark = new ActorMarkImpl();
		return actorMark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActorMove createActorMove() {
		ActorMoveImpl actorMove = new ActorMoveImpl();
		return actorMove;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ShotSize createShotSizeFromString(EDataType eDataType, String initialValue) {
		ShotSize result = ShotSize.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertShotSizeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CameraAngle createCameraAngleFromString(EDataType eDataType, String initialValue) {
		CameraAngle result = CameraAngle.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCameraAngleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CameraMovement createCameraMovementFromString(EDataType eDataType, String initialValue) {
		CameraMovement result = CameraMovement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCameraMovementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShotsPackage getShotsPackage() {
		return (ShotsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ShotsPackage getPackage() {
		return ShotsPackage.eINSTANCE;
	}

} //ShotsFactoryImpl
