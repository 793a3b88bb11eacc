/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio.impl;

import org.backlot.model.studio.Stage;
import org.backlot.model.studio.StudioPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.impl.StageImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StageImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StageImpl#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StageImpl#getAreaM2 <em>Area M2</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StageImpl#getHeightM <em>Height M</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StageImpl#isLedVolume <em>Led Volume</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StageImpl#getLedWallWidthM <em>Led Wall Width M</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StageImpl#getLedWallHeightM <em>Led Wall Height M</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StageImpl#getPowerKw <em>Power Kw</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StageImpl extends StudioResourceImpl implements Stage {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameZh() <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameZh()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_ZH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameZh() <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameZh()
	 * @generated
	 * @ordered
	 */
	protected String nameZh = NAME_ZH_EDEFAULT;

	/**
	 * The default value of the '{@link #getAreaM2() <em>Area M2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaM2()
	 * @generated
	 * @ordered
	 */
	protected static final double AREA_M2_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAreaM2() <em>Area M2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaM2()
	 * @generated
	 * @ordered
	 */
	protected double areaM2 = AREA_M2_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeightM() <em>Height M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightM()
	 * @generated
	 * @ordered
	 */
	protected static final double HEIGHT_M_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHeightM() <em>Height M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightM()
	 * @generated
	 * @ordered
	 */
	protected double heightM = HEIGHT_M_EDEFAULT;

	/**
	 * The default value of the '{@link #isLedVolume() <em>Led Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLedVolume()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LED_VOLUME_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLedVolume() <em>Led Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLedVolume()
	 * @generated
	 * @ordered
	 */
	protected boolean ledVolume = LED_VOLUME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLedWallWidthM() <em>Led Wall Width M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLedWallWidthM()
	 * @generated
	 * @ordered
	 */
	protected static final double LED_WALL_WIDTH_M_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLedWallWidthM() <em>Led Wall Width M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLedWallWidthM()
	 * @generated
	 * @ordered
	 */
	protected double ledWallWidthM = LED_WALL_WIDTH_M_EDEFAULT;

	/**
	 * The default value of the '{@link #getLedWallHeightM() <em>Led Wall Height M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLedWallHeightM()
	 * @generated
	 * @ordered
	 */
	protected static final double LED_WALL_HEIGHT_M_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLedWallHeightM() <em>Led Wall Height M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLedWallHeightM()
	 * @generated
	 * @ordered
	 */
	protected double ledWallHeightM = LED_WALL_HEIGHT_M_EDEFAULT;

	/**
	 * The default value of the '{@link #getPowerKw() <em>Power Kw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerKw()
	 * @generated
	 * @ordered
	 */
	protected static final double POWER_KW_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPowerKw() <em>Power Kw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerKw()
	 * @generated
	 * @ordered
	 */
	protected double powerKw = POWER_KW_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudioPackage.Literals.STAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STAGE__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STAGE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameZh() {
		return nameZh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameZh(String newNameZh) {
		String oldNameZh = nameZh;
		nameZh = newNameZh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STAGE__NAME_ZH, oldNameZh, nameZh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAreaM2() {
		return areaM2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAreaM2(double newAreaM2) {
		double oldAreaM2 = areaM2;
		areaM2 = newAreaM2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STAGE__AREA_M2, oldAreaM2, areaM2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeightM() {
		return heightM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeightM(double newHeightM) {
		double oldHeightM = heightM;
		heightM = newHeightM;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STAGE__HEIGHT_M, oldHeightM, heightM));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLedVolume() {
		return ledVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLedVolume(boolean newLedVolume) {
		boolean oldLedVolume = ledVolume;
		ledVolume = newLedVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STAGE__LED_VOLUME, oldLedVolume, ledVolume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLedWallWidthM() {
		return ledWallWidthM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLedWallWidthM(double newLedWallWidthM) {
		double oldLedWallWidthM = ledWallWidthM;
		ledWallWidthM = newLedWallWidthM;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STAGE__LED_WALL_WIDTH_M, oldLedWallWidthM, ledWallWidthM));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLedWallHeightM() {
		return ledWallHeightM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLedWallHeightM(double newLedWallHeightM) {
		double oldLedWallHeightM = ledWallHeightM;
		ledWallHeightM = newLedWallHeightM;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STAGE__LED_WALL_HEIGHT_M, oldLedWallHeightM, ledWallHeightM));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPowerKw() {
		return powerKw;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPowerKw(double newPowerKw) {
		double oldPowerKw = powerKw;
		powerKw = newPowerKw;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STAGE__POWER_KW, oldPowerKw, powerKw));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudioPackage.STAGE__NUMBER:
				return getNumber();
			case StudioPackage.STAGE__NAME:
				return getName();
			case StudioPackage.STAGE__NAME_ZH:
				return getNameZh();
			case StudioPackage.STAGE__AREA_M2:
				return getAreaM2();
			case StudioPackage.STAGE__HEIGHT_M:
				return getHeightM();
			case StudioPackage.STAGE__LED_VOLUME:
				return isLedVolume();
			case StudioPackage.STAGE__LED_WALL_WIDTH_M:
				return getLedWallWidthM();
			case StudioPackage.STAGE__LED_WALL_HEIGHT_M:
				return getLedWallHeightM();
			case StudioPackage.STAGE__POWER_KW:
				return getPowerKw();
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
			case StudioPackage.STAGE__NUMBER:
				setNumber((Integer)newValue);
				return;
			case StudioPackage.STAGE__NAME:
				setName((String)newValue);
				return;
			case StudioPackage.STAGE__NAME_ZH:
				setNameZh((String)newValue);
				return;
			case StudioPackage.STAGE__AREA_M2:
				setAreaM2((Double)newValue);
				return;
			case StudioPackage.STAGE__HEIGHT_M:
				setHeightM((Double)newValue);
				return;
			case StudioPackage.STAGE__LED_VOLUME:
				setLedVolume((Boolean)newValue);
				return;
			case StudioPackage.STAGE__LED_WALL_WIDTH_M:
				setLedWallWidthM((Double)newValue);
				return;
			case StudioPackage.STAGE__LED_WALL_HEIGHT_M:
				setLedWallHeightM((Double)newValue);
				return;
			case StudioPackage.STAGE__POWER_KW:
				setPowerKw((Double)newValue);
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
			case StudioPackage.STAGE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case StudioPackage.STAGE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StudioPackage.STAGE__NAME_ZH:
				setNameZh(NAME_ZH_EDEFAULT);
				return;
			case StudioPackage.STAGE__AREA_M2:
				setAreaM2(AREA_M2_EDEFAULT);
				return;
			case StudioPackage.STAGE__HEIGHT_M:
				setHeightM(HEIGHT_M_EDEFAULT);
				return;
			case StudioPackage.STAGE__LED_VOLUME:
				setLedVolume(LED_VOLUME_EDEFAULT);
				return;
			case StudioPackage.STAGE__LED_WALL_WIDTH_M:
				setLedWallWidthM(LED_WALL_WIDTH_M_EDEFAULT);
				return;
			case StudioPackage.STAGE__LED_WALL_HEIGHT_M:
				setLedWallHeightM(LED_WALL_HEIGHT_M_EDEFAULT);
				return;
			case StudioPackage.STAGE__POWER_KW:
				setPowerKw(POWER_KW_EDEFAULT);
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
			case StudioPackage.STAGE__NUMBER:
				return number != NUMBER_EDEFAULT;
			case StudioPackage.STAGE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StudioPackage.STAGE__NAME_ZH:
				return NAME_ZH_EDEFAULT == null ? nameZh != null : !NAME_ZH_EDEFAULT.equals(nameZh);
			case StudioPackage.STAGE__AREA_M2:
				return areaM2 != AREA_M2_EDEFAULT;
			case StudioPackage.STAGE__HEIGHT_M:
				return heightM != HEIGHT_M_EDEFAULT;
			case StudioPackage.STAGE__LED_VOLUME:
				return ledVolume != LED_VOLUME_EDEFAULT;
			case StudioPackage.STAGE__LED_WALL_WIDTH_M:
				return ledWallWidthM != LED_WALL_WIDTH_M_EDEFAULT;
			case StudioPackage.STAGE__LED_WALL_HEIGHT_M:
				return ledWallHeightM != LED_WALL_HEIGHT_M_EDEFAULT;
			case StudioPackage.STAGE__POWER_KW:
				return powerKw != POWER_KW_EDEFAULT;
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
		result.append(" (number: ");
		result.append(number);
		result.append(", name: ");
		result.append(name);
		result.append(", nameZh: ");
		result.append(nameZh);
		result.append(", areaM2: ");
		result.append(areaM2);
		result.append(", heightM: ");
		result.append(heightM);
		result.append(", ledVolume: ");
		result.append(ledVolume);
		result.append(", ledWallWidthM: ");
		result.append(ledWallWidthM);
		result.append(", ledWallHeightM: ");
		result.append(ledWallHeightM);
		result.append(", powerKw: ");
		result.append(powerKw);
		result.append(')');
		return result.toString();
	}

} //StageImpl
