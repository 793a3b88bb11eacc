/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio.impl;

import java.util.Collection;

import org.backlot.model.production.DateRange;

import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.StudioPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Extra</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.impl.ExtraImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.ExtraImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.ExtraImpl#getGender <em>Gender</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.ExtraImpl#getBirthYear <em>Birth Year</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.ExtraImpl#getHeightCm <em>Height Cm</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.ExtraImpl#getLooks <em>Looks</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.ExtraImpl#getSkills <em>Skills</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.ExtraImpl#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.ExtraImpl#getUnavailable <em>Unavailable</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.ExtraImpl#getPhotoPath <em>Photo Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExtraImpl extends StudioResourceImpl implements Extra {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected static final Gender GENDER_EDEFAULT = Gender.FEMALE;

	/**
	 * The cached value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected Gender gender = GENDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBirthYear() <em>Birth Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthYear()
	 * @generated
	 * @ordered
	 */
	protected static final int BIRTH_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBirthYear() <em>Birth Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthYear()
	 * @generated
	 * @ordered
	 */
	protected int birthYear = BIRTH_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeightCm() <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightCm()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_CM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeightCm() <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightCm()
	 * @generated
	 * @ordered
	 */
	protected int heightCm = HEIGHT_CM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLooks() <em>Looks</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLooks()
	 * @generated
	 * @ordered
	 */
	protected EList<String> looks;

	/**
	 * The cached value of the '{@link #getSkills() <em>Skills</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkills()
	 * @generated
	 * @ordered
	 */
	protected EList<String> skills;

	/**
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> languages;

	/**
	 * The cached value of the '{@link #getUnavailable() <em>Unavailable</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnavailable()
	 * @generated
	 * @ordered
	 */
	protected EList<DateRange> unavailable;

	/**
	 * The default value of the '{@link #getPhotoPath() <em>Photo Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhotoPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PHOTO_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhotoPath() <em>Photo Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhotoPath()
	 * @generated
	 * @ordered
	 */
	protected String photoPath = PHOTO_PATH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExtraImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudioPackage.Literals.EXTRA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.EXTRA__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.EXTRA__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gender getGender() {
		return gender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGender(Gender newGender) {
		Gender oldGender = gender;
		gender = newGender == null ? GENDER_EDEFAULT : newGender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.EXTRA__GENDER, oldGender, gender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBirthYear() {
		return birthYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthYear(int newBirthYear) {
		int oldBirthYear = birthYear;
		birthYear = newBirthYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.EXTRA__BIRTH_YEAR, oldBirthYear, birthYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeightCm() {
		return heightCm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeightCm(int newHeightCm) {
		int oldHeightCm = heightCm;
		heightCm = newHeightCm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.EXTRA__HEIGHT_CM, oldHeightCm, heightCm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLooks() {
		if (looks == null) {
			looks = new EDataTypeUniqueEList<String>(String.class, this, StudioPackage.EXTRA__LOOKS);
		}
		return looks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSkills() {
		if (skills == null) {
			skills = new EDataTypeUniqueEList<String>(String.class, this, StudioPackage.EXTRA__SKILLS);
		}
		return skills;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLanguages() {
		if (languages == null) {
			languages = new EDataTypeUniqueEList<String>(String.class, this, StudioPackage.EXTRA__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DateRange> getUnavailable() {
		if (unavailable == null) {
			unavailable = new EObjectContainmentEList<DateRange>(DateRange.class, this, StudioPackage.EXTRA__UNAVAILABLE);
		}
		return unavailable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhotoPath() {
		return photoPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhotoPath(String newPhotoPath) {
		String oldPhotoPath = photoPath;
		photoPath = newPhotoPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.EXTRA__PHOTO_PATH, oldPhotoPath, photoPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudioPackage.EXTRA__UNAVAILABLE:
				return ((InternalEList<?>)getUnavailable()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudioPackage.EXTRA__CODE:
				return getCode();
			case StudioPackage.EXTRA__NAME:
				return getName();
			case StudioPackage.EXTRA__GENDER:
				return getGender();
			case StudioPackage.EXTRA__BIRTH_YEAR:
				return getBirthYear();
			case StudioPackage.EXTRA__HEIGHT_CM:
				return getHeightCm();
			case StudioPackage.EXTRA__LOOKS:
				return getLooks();
			case StudioPackage.EXTRA__SKILLS:
				return getSkills();
			case StudioPackage.EXTRA__LANGUAGES:
				return getLanguages();
			case StudioPackage.EXTRA__UNAVAILABLE:
				return getUnavailable();
			case StudioPackage.EXTRA__PHOTO_PATH:
				return getPhotoPath();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case StudioPackage.EXTRA__CODE:
				setCode((String)newValue);
				return;
			case StudioPackage.EXTRA__NAME:
				setName((String)newValue);
				return;
			case StudioPackage.EXTRA__GENDER:
				setGender((Gender)newValue);
				return;
			case StudioPackage.EXTRA__BIRTH_YEAR:
				setBirthYear((Integer)newValue);
				return;
			case StudioPackage.EXTRA__HEIGHT_CM:
				setHeightCm((Integer)newValue);
				return;
			case StudioPackage.EXTRA__LOOKS:
				getLooks().clear();
				getLooks().addAll((Collection<? extends String>)newValue);
				return;
			case StudioPackage.EXTRA__SKILLS:
				getSkills().clear();
				getSkills().addAll((Collection<? extends String>)newValue);
				return;
			case StudioPackage.EXTRA__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends String>)newValue);
				return;
			case StudioPackage.EXTRA__UNAVAILABLE:
				getUnavailable().clear();
				getUnavailable().addAll((Collection<? extends DateRange>)newValue);
				return;
			case StudioPackage.EXTRA__PHOTO_PATH:
				setPhotoPath((String)newValue);
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
			case StudioPackage.EXTRA__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case StudioPackage.EXTRA__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StudioPackage.EXTRA__GENDER:
				setGender(GENDER_EDEFAULT);
				return;
			case StudioPackage.EXTRA__BIRTH_YEAR:
				setBirthYear(BIRTH_YEAR_EDEFAULT);
				return;
			case StudioPackage.EXTRA__HEIGHT_CM:
				setHeightCm(HEIGHT_CM_EDEFAULT);
				return;
			case StudioPackage.EXTRA__LOOKS:
				getLooks().clear();
				return;
			case StudioPackage.EXTRA__SKILLS:
				getSkills().clear();
				return;
			case StudioPackage.EXTRA__LANGUAGES:
				getLanguages().clear();
				return;
			case StudioPackage.EXTRA__UNAVAILABLE:
				getUnavailable().clear();
				return;
			case StudioPackage.EXTRA__PHOTO_PATH:
				setPhotoPath(PHOTO_PATH_EDEFAULT);
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
			case StudioPackage.EXTRA__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case StudioPackage.EXTRA__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StudioPackage.EXTRA__GENDER:
				return gender != GENDER_EDEFAULT;
			case StudioPackage.EXTRA__BIRTH_YEAR:
				return birthYear != BIRTH_YEAR_EDEFAULT;
			case StudioPackage.EXTRA__HEIGHT_CM:
				return heightCm != HEIGHT_CM_EDEFAULT;
			case StudioPackage.EXTRA__LOOKS:
				return looks != null && !looks.isEmpty();
			case StudioPackage.EXTRA__SKILLS:
				return skills != null && !skills.isEmpty();
			case StudioPackage.EXTRA__LANGUAGES:
				return languages != null && !languages.isEmpty();
			case StudioPackage.EXTRA__UNAVAILABLE:
				return unavailable != null && !unavailable.isEmpty();
			case StudioPackage.EXTRA__PHOTO_PATH:
				return PHOTO_PATH_EDEFAULT == null ? photoPath != null : !PHOTO_PATH_EDEFAULT.equals(photoPath);
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
		result.append(" (code: ");
		result.append(code);
		result.append(", name: ");
		result.append(name);
		result.append(", gender: ");
		result.append(gender);
		result.append(", birthYear: ");
		result.append(birthYear);
		result.append(", heightCm: ");
		result.append(heightCm);
		result.append(", looks: ");
		result.append(looks);
		result.append(", skills: ");
		result.append(skills);
		result.append(", languages: ");
		result.append(languages);
		result.append(", photoPath: ");
		result.append(photoPath);
		result.append(')');
		return result.toString();
	}

} //ExtraImpl
