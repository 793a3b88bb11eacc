/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots.util;

import org.backlot.model.production.Identified;

import org.backlot.model.shots.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.backlot.model.shots.ShotsPackage
 * @generated
 */
public class ShotsSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ShotsPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ShotsSwitch() {
		if (modelPackage == null) {
			modelPackage = ShotsPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ShotsPackage.SHOT_LIST: {
				ShotList shotList = (ShotList)theEObject;
				T result = caseShotList(shotList);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ShotsPackage.SHOT: {
				Shot shot = (Shot)theEObject;
				T result = caseShot(shot);
				if (result == null) result = caseIdentified(shot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ShotsPackage.CAMERA_SETUP: {
				CameraSetup cameraSetup = (CameraSetup)theEObject;
				T result = caseCameraSetup(cameraSetup);
				if (result == null) result = caseIdentified(cameraSetup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ShotsPackage.STORYBOARD_FRAME: {
				StoryboardFrame storyboardFrame = (StoryboardFrame)theEObject;
				T result = caseStoryboardFrame(storyboardFrame);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ShotsPackage.SET_PLAN: {
				SetPlan setPlan = (SetPlan)theEObject;
				T result = caseSetPlan(setPlan);
				if (result == null) result = caseIdentified(setPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ShotsPackage.ACTOR_MARK: {
				ActorMark actorMark = (ActorMark)theEObject;
				T result = caseActorMark(actorMark);
				if (result == null) result = caseIdentified(actorMark);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ShotsPackage.ACTOR_MOVE: {
				ActorMove actorMove = (ActorMove)theEObject;
				T result = caseActorMove(actorMove);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Shot List</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Shot List</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseShotList(ShotList object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Shot</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Shot</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseShot(Shot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Camera Setup</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Camera Setup</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCameraSetup(CameraSetup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Storyboard Frame</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Storyboard Frame</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStoryboardFrame(StoryboardFrame object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Set Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Set Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSetPlan(SetPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Actor Mark</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Actor Mark</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActorMark(ActorMark object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Actor Move</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Actor Move</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActorMove(ActorMove object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ShotsSwitch
