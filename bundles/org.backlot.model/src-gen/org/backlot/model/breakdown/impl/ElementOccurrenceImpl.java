/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.breakdown.impl;

import org.backlot.model.breakdown.BreakdownPackage;
import org.backlot.model.breakdown.ElementOccurrence;

import org.backlot.model.script.Paragraph;
import org.backlot.model.script.Scene;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Element Occurrence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.breakdown.impl.ElementOccurrenceImpl#getScene <em>Scene</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.ElementOccurrenceImpl#getParagraph <em>Paragraph</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.ElementOccurrenceImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.ElementOccurrenceImpl#getLength <em>Length</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.ElementOccurrenceImpl#isConfirmed <em>Confirmed</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.ElementOccurrenceImpl#getConfidence <em>Confidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ElementOccurrenceImpl extends EObjectImpl implements ElementOccurrence {
	/**
	 * The cached value of the '{@link #getScene() <em>Scene</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScene()
	 * @generated
	 * @ordered
	 */
	protected Scene scene;

	/**
	 * The cached value of the '{@link #getParagraph() <em>Paragraph</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParagraph()
	 * @generated
	 * @ordered
	 */
	protected Paragraph paragraph;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final int START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected int start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected int length = LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #isConfirmed() <em>Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfirmed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONFIRMED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConfirmed() <em>Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfirmed()
	 * @generated
	 * @ordered
	 */
	protected boolean confirmed = CONFIRMED_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ElementOccurrenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BreakdownPackage.Literals.ELEMENT_OCCURRENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scene getScene() {
		if (scene != null && scene.eIsProxy()) {
			InternalEObject oldScene = (InternalEObject)scene;
			scene = (Scene)eResolveProxy(oldScene);
			if (scene != oldScene) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, BreakdownPackage.ELEMENT_OCCURRENCE__SCENE, oldScene, scene));
			}
		}
		return scene;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scene basicGetScene() {
		return scene;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScene(Scene newScene) {
		Scene oldScene = scene;
		scene = newScene;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.ELEMENT_OCCURRENCE__SCENE, oldScene, scene));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Paragraph getParagraph() {
		if (paragraph != null && paragraph.eIsProxy()) {
			InternalEObject oldParagraph = (InternalEObject)paragraph;
			paragraph = (Paragraph)eResolveProxy(oldParagraph);
			if (paragraph != oldParagraph) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, BreakdownPackage.ELEMENT_OCCURRENCE__PARAGRAPH, oldParagraph, paragraph));
			}
		}
		return paragraph;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Paragraph basicGetParagraph() {
		return paragraph;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParagraph(Paragraph newParagraph) {
		Paragraph oldParagraph = paragraph;
		paragraph = newParagraph;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.ELEMENT_OCCURRENCE__PARAGRAPH, oldParagraph, paragraph));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(int newStart) {
		int oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.ELEMENT_OCCURRENCE__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(int newLength) {
		int oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.ELEMENT_OCCURRENCE__LENGTH, oldLength, length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConfirmed() {
		return confirmed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmed(boolean newConfirmed) {
		boolean oldConfirmed = confirmed;
		confirmed = newConfirmed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.ELEMENT_OCCURRENCE__CONFIRMED, oldConfirmed, confirmed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.ELEMENT_OCCURRENCE__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BreakdownPackage.ELEMENT_OCCURRENCE__SCENE:
				if (resolve) return getScene();
				return basicGetScene();
			case BreakdownPackage.ELEMENT_OCCURRENCE__PARAGRAPH:
				if (resolve) return getParagraph();
				return basicGetParagraph();
			case BreakdownPackage.ELEMENT_OCCURRENCE__START:
				return getStart();
			case BreakdownPackage.ELEMENT_OCCURRENCE__LENGTH:
				return getLength();
			case BreakdownPackage.ELEMENT_OCCURRENCE__CONFIRMED:
				return isConfirmed();
			case BreakdownPackage.ELEMENT_OCCURRENCE__CONFIDENCE:
				return getConfidence();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case BreakdownPackage.ELEMENT_OCCURRENCE__SCENE:
				setScene((Scene)newValue);
				return;
			case BreakdownPackage.ELEMENT_OCCURRENCE__PARAGRAPH:
				setParagraph((Paragraph)newValue);
				return;
			case BreakdownPackage.ELEMENT_OCCURRENCE__START:
				setStart((Integer)newValue);
				return;
			case BreakdownPackage.ELEMENT_OCCURRENCE__LENGTH:
				setLength((Integer)newValue);
				return;
			case BreakdownPackage.ELEMENT_OCCURRENCE__CONFIRMED:
				setConfirmed((Boolean)newValue);
				return;
			case BreakdownPackage.ELEMENT_OCCURRENCE__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case BreakdownPackage.ELEMENT_OCCURRENCE__SCENE:
				setScene((Scene)null);
				return;
			case BreakdownPackage.ELEMENT_OCCURRENCE__PARAGRAPH:
				setParagraph((Paragraph)null);
				return;
			case BreakdownPackage.ELEMENT_OCCURRENCE__START:
				setStart(START_EDEFAULT);
				return;
			case BreakdownPackage.ELEMENT_OCCURRENCE__LENGTH:
				setLength(LENGTH_EDEFAULT);
				return;
			case BreakdownPackage.ELEMENT_OCCURRENCE__CONFIRMED:
				setConfirmed(CONFIRMED_EDEFAULT);
				return;
			case BreakdownPackage.ELEMENT_OCCURRENCE__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case BreakdownPackage.ELEMENT_OCCURRENCE__SCENE:
				return scene != null;
			case BreakdownPackage.ELEMENT_OCCURRENCE__PARAGRAPH:
				return paragraph != null;
			case BreakdownPackage.ELEMENT_OCCURRENCE__START:
				return start != START_EDEFAULT;
			case BreakdownPackage.ELEMENT_OCCURRENCE__LENGTH:
				return length != LENGTH_EDEFAULT;
			case BreakdownPackage.ELEMENT_OCCURRENCE__CONFIRMED:
				return confirmed != CONFIRMED_EDEFAULT;
			case BreakdownPackage.ELEMENT_OCCURRENCE__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (start: ");
		result.append(start);
		result.append(", length: ");
		result.append(length);
		result.append(", confirmed: ");
		result.append(confirmed);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(')');
		return result.toString();
	}

} //ElementOccurrenceImpl
