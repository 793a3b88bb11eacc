/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio.impl;

import java.util.Collection;
import java.util.Date;

import org.backlot.model.studio.AssetKind;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.StudioPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Digital Asset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.impl.DigitalAssetImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.DigitalAssetImpl#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.DigitalAssetImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.DigitalAssetImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.DigitalAssetImpl#getPreview <em>Preview</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.DigitalAssetImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.DigitalAssetImpl#getRightsHolder <em>Rights Holder</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.DigitalAssetImpl#getRights <em>Rights</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.DigitalAssetImpl#getScanned <em>Scanned</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.DigitalAssetImpl#getExpires <em>Expires</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DigitalAssetImpl extends StudioResourceImpl implements DigitalAsset {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AssetKind KIND_EDEFAULT = AssetKind.DIGITAL_HUMAN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AssetKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> files;

	/**
	 * The default value of the '{@link #getPreview() <em>Preview</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreview()
	 * @generated
	 * @ordered
	 */
	protected static final String PREVIEW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreview() <em>Preview</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreview()
	 * @generated
	 * @ordered
	 */
	protected String preview = PREVIEW_EDEFAULT;

	/**
	 * The default value of the '{@link #getPerson() <em>Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected static final String PERSON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected String person = PERSON_EDEFAULT;

	/**
	 * The default value of the '{@link #getRightsHolder() <em>Rights Holder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRightsHolder()
	 * @generated
	 * @ordered
	 */
	protected static final String RIGHTS_HOLDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRightsHolder() <em>Rights Holder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRightsHolder()
	 * @generated
	 * @ordered
	 */
	protected String rightsHolder = RIGHTS_HOLDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRights() <em>Rights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRights()
	 * @generated
	 * @ordered
	 */
	protected static final String RIGHTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRights() <em>Rights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRights()
	 * @generated
	 * @ordered
	 */
	protected String rights = RIGHTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getScanned() <em>Scanned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScanned()
	 * @generated
	 * @ordered
	 */
	protected static final Date SCANNED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScanned() <em>Scanned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScanned()
	 * @generated
	 * @ordered
	 */
	protected Date scanned = SCANNED_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpires() <em>Expires</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpires()
	 * @generated
	 * @ordered
	 */
	protected static final Date EXPIRES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpires() <em>Expires</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpires()
	 * @generated
	 * @ordered
	 */
	protected Date expires = EXPIRES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DigitalAssetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudioPackage.Literals.DIGITAL_ASSET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.DIGITAL_ASSET__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.DIGITAL_ASSET__NAME_ZH, oldNameZh, nameZh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssetKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AssetKind newKind) {
		AssetKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.DIGITAL_ASSET__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFiles() {
		if (files == null) {
			files = new EDataTypeUniqueEList<String>(String.class, this, StudioPackage.DIGITAL_ASSET__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreview() {
		return preview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreview(String newPreview) {
		String oldPreview = preview;
		preview = newPreview;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.DIGITAL_ASSET__PREVIEW, oldPreview, preview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(String newPerson) {
		String oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.DIGITAL_ASSET__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRightsHolder() {
		return rightsHolder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRightsHolder(String newRightsHolder) {
		String oldRightsHolder = rightsHolder;
		rightsHolder = newRightsHolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.DIGITAL_ASSET__RIGHTS_HOLDER, oldRightsHolder, rightsHolder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRights() {
		return rights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRights(String newRights) {
		String oldRights = rights;
		rights = newRights;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.DIGITAL_ASSET__RIGHTS, oldRights, rights));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getScanned() {
		return scanned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScanned(Date newScanned) {
		Date oldScanned = scanned;
		scanned = newScanned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.DIGITAL_ASSET__SCANNED, oldScanned, scanned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getExpires() {
		return expires;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpires(Date newExpires) {
		Date oldExpires = expires;
		expires = newExpires;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.DIGITAL_ASSET__EXPIRES, oldExpires, expires));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudioPackage.DIGITAL_ASSET__NAME:
				return getName();
			case StudioPackage.DIGITAL_ASSET__NAME_ZH:
				return getNameZh();
			case StudioPackage.DIGITAL_ASSET__KIND:
				return getKind();
			case StudioPackage.DIGITAL_ASSET__FILES:
				return getFiles();
			case StudioPackage.DIGITAL_ASSET__PREVIEW:
				return getPreview();
			case StudioPackage.DIGITAL_ASSET__PERSON:
				return getPerson();
			case StudioPackage.DIGITAL_ASSET__RIGHTS_HOLDER:
				return getRightsHolder();
			case StudioPackage.DIGITAL_ASSET__RIGHTS:
				return getRights();
			case StudioPackage.DIGITAL_ASSET__SCANNED:
				return getScanned();
			case StudioPackage.DIGITAL_ASSET__EXPIRES:
				return getExpires();
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
			case StudioPackage.DIGITAL_ASSET__NAME:
				setName((String)newValue);
				return;
			case StudioPackage.DIGITAL_ASSET__NAME_ZH:
				setNameZh((String)newValue);
				return;
			case StudioPackage.DIGITAL_ASSET__KIND:
				setKind((AssetKind)newValue);
				return;
			case StudioPackage.DIGITAL_ASSET__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends String>)newValue);
				return;
			case StudioPackage.DIGITAL_ASSET__PREVIEW:
				setPreview((String)newValue);
				return;
			case StudioPackage.DIGITAL_ASSET__PERSON:
				setPerson((String)newValue);
				return;
			case StudioPackage.DIGITAL_ASSET__RIGHTS_HOLDER:
				setRightsHolder((String)newValue);
				return;
			case StudioPackage.DIGITAL_ASSET__RIGHTS:
				setRights((String)newValue);
				return;
			case StudioPackage.DIGITAL_ASSET__SCANNED:
				setScanned((Date)newValue);
				return;
			case StudioPackage.DIGITAL_ASSET__EXPIRES:
				setExpires((Date)newValue);
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
			case StudioPackage.DIGITAL_ASSET__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StudioPackage.DIGITAL_ASSET__NAME_ZH:
				setNameZh(NAME_ZH_EDEFAULT);
				return;
			case StudioPackage.DIGITAL_ASSET__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StudioPackage.DIGITAL_ASSET__FILES:
				getFiles().clear();
				return;
			case StudioPackage.DIGITAL_ASSET__PREVIEW:
				setPreview(PREVIEW_EDEFAULT);
				return;
			case StudioPackage.DIGITAL_ASSET__PERSON:
				setPerson(PERSON_EDEFAULT);
				return;
			case StudioPackage.DIGITAL_ASSET__RIGHTS_HOLDER:
				setRightsHolder(RIGHTS_HOLDER_EDEFAULT);
				return;
			case StudioPackage.DIGITAL_ASSET__RIGHTS:
				setRights(RIGHTS_EDEFAULT);
				return;
			case StudioPackage.DIGITAL_ASSET__SCANNED:
				setScanned(SCANNED_EDEFAULT);
				return;
			case StudioPackage.DIGITAL_ASSET__EXPIRES:
				setExpires(EXPIRES_EDEFAULT);
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
			case StudioPackage.DIGITAL_ASSET__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StudioPackage.DIGITAL_ASSET__NAME_ZH:
				return NAME_ZH_EDEFAULT == null ? nameZh != null : !NAME_ZH_EDEFAULT.equals(nameZh);
			case StudioPackage.DIGITAL_ASSET__KIND:
				return kind != KIND_EDEFAULT;
			case StudioPackage.DIGITAL_ASSET__FILES:
				return files != null && !files.isEmpty();
			case StudioPackage.DIGITAL_ASSET__PREVIEW:
				return PREVIEW_EDEFAULT == null ? preview != null : !PREVIEW_EDEFAULT.equals(preview);
			case StudioPackage.DIGITAL_ASSET__PERSON:
				return PERSON_EDEFAULT == null ? person != null : !PERSON_EDEFAULT.equals(person);
			case StudioPackage.DIGITAL_ASSET__RIGHTS_HOLDER:
				return RIGHTS_HOLDER_EDEFAULT == null ? rightsHolder != null : !RIGHTS_HOLDER_EDEFAULT.equals(rightsHolder);
			case StudioPackage.DIGITAL_ASSET__RIGHTS:
				return RIGHTS_EDEFAULT == null ? rights != null : !RIGHTS_EDEFAULT.equals(rights);
			case StudioPackage.DIGITAL_ASSET__SCANNED:
				return SCANNED_EDEFAULT == null ? scanned != null : !SCANNED_EDEFAULT.equals(scanned);
			case StudioPackage.DIGITAL_ASSET__EXPIRES:
				return EXPIRES_EDEFAULT == null ? expires != null : !EXPIRES_EDEFAULT.equals(expires);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", nameZh: ");
		result.append(nameZh);
		result.append(", kind: ");
		result.append(kind);
		result.append(", files: ");
		result.append(files);
		result.append(", preview: ");
		result.append(preview);
		result.append(", person: ");
		result.append(person);
		result.append(", rightsHolder: ");
		result.append(rightsHolder);
		result.append(", rights: ");
		result.append(rights);
		result.append(", scanned: ");
		result.append(scanned);
		result.append(", expires: ");
		result.append(expires);
		result.append(')');
		return result.toString();
	}

} //DigitalAssetImpl
