/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio.impl;

import java.util.Collection;

import org.backlot.model.studio.Condition;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.StudioPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inventory Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.impl.InventoryItemImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.InventoryItemImpl#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.InventoryItemImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.InventoryItemImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.InventoryItemImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.InventoryItemImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.InventoryItemImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.InventoryItemImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.InventoryItemImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.InventoryItemImpl#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.InventoryItemImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.InventoryItemImpl#getPhotoPath <em>Photo Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InventoryItemImpl extends StudioResourceImpl implements InventoryItem {
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
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ItemKind KIND_EDEFAULT = ItemKind.PROP;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ItemKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected String period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getStyle() <em>Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected static final String STYLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected String style = STYLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final String SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected String size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected String colour = COLOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final Condition CONDITION_EDEFAULT = Condition.NEW;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected Condition condition = CONDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final int QUANTITY_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected int quantity = QUANTITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

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
	protected InventoryItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudioPackage.Literals.INVENTORY_ITEM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.INVENTORY_ITEM__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.INVENTORY_ITEM__NAME_ZH, oldNameZh, nameZh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.INVENTORY_ITEM__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ItemKind newKind) {
		ItemKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.INVENTORY_ITEM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod) {
		String oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.INVENTORY_ITEM__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyle(String newStyle) {
		String oldStyle = style;
		style = newStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.INVENTORY_ITEM__STYLE, oldStyle, style));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(String newSize) {
		String oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.INVENTORY_ITEM__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColour() {
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(String newColour) {
		String oldColour = colour;
		colour = newColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.INVENTORY_ITEM__COLOUR, oldColour, colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Condition getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(Condition newCondition) {
		Condition oldCondition = condition;
		condition = newCondition == null ? CONDITION_EDEFAULT : newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.INVENTORY_ITEM__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuantity() {
		return quantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantity(int newQuantity) {
		int oldQuantity = quantity;
		quantity = newQuantity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.INVENTORY_ITEM__QUANTITY, oldQuantity, quantity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, StudioPackage.INVENTORY_ITEM__TAGS);
		}
		return tags;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.INVENTORY_ITEM__PHOTO_PATH, oldPhotoPath, photoPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudioPackage.INVENTORY_ITEM__CODE:
				return getCode();
			case StudioPackage.INVENTORY_ITEM__NAME_ZH:
				return getNameZh();
			case StudioPackage.INVENTORY_ITEM__NAME_EN:
				return getNameEn();
			case StudioPackage.INVENTORY_ITEM__KIND:
				return getKind();
			case StudioPackage.INVENTORY_ITEM__PERIOD:
				return getPeriod();
			case StudioPackage.INVENTORY_ITEM__STYLE:
				return getStyle();
			case StudioPackage.INVENTORY_ITEM__SIZE:
				return getSize();
			case StudioPackage.INVENTORY_ITEM__COLOUR:
				return getColour();
			case StudioPackage.INVENTORY_ITEM__CONDITION:
				return getCondition();
			case StudioPackage.INVENTORY_ITEM__QUANTITY:
				return getQuantity();
			case StudioPackage.INVENTORY_ITEM__TAGS:
				return getTags();
			case StudioPackage.INVENTORY_ITEM__PHOTO_PATH:
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
			case StudioPackage.INVENTORY_ITEM__CODE:
				setCode((String)newValue);
				return;
			case StudioPackage.INVENTORY_ITEM__NAME_ZH:
				setNameZh((String)newValue);
				return;
			case StudioPackage.INVENTORY_ITEM__NAME_EN:
				setNameEn((String)newValue);
				return;
			case StudioPackage.INVENTORY_ITEM__KIND:
				setKind((ItemKind)newValue);
				return;
			case StudioPackage.INVENTORY_ITEM__PERIOD:
				setPeriod((String)newValue);
				return;
			case StudioPackage.INVENTORY_ITEM__STYLE:
				setStyle((String)newValue);
				return;
			case StudioPackage.INVENTORY_ITEM__SIZE:
				setSize((String)newValue);
				return;
			case StudioPackage.INVENTORY_ITEM__COLOUR:
				setColour((String)newValue);
				return;
			case StudioPackage.INVENTORY_ITEM__CONDITION:
				setCondition((Condition)newValue);
				return;
			case StudioPackage.INVENTORY_ITEM__QUANTITY:
				setQuantity((Integer)newValue);
				return;
			case StudioPackage.INVENTORY_ITEM__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case StudioPackage.INVENTORY_ITEM__PHOTO_PATH:
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
			case StudioPackage.INVENTORY_ITEM__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case StudioPackage.INVENTORY_ITEM__NAME_ZH:
				setNameZh(NAME_ZH_EDEFAULT);
				return;
			case StudioPackage.INVENTORY_ITEM__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case StudioPackage.INVENTORY_ITEM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StudioPackage.INVENTORY_ITEM__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case StudioPackage.INVENTORY_ITEM__STYLE:
				setStyle(STYLE_EDEFAULT);
				return;
			case StudioPackage.INVENTORY_ITEM__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case StudioPackage.INVENTORY_ITEM__COLOUR:
				setColour(COLOUR_EDEFAULT);
				return;
			case StudioPackage.INVENTORY_ITEM__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case StudioPackage.INVENTORY_ITEM__QUANTITY:
				setQuantity(QUANTITY_EDEFAULT);
				return;
			case StudioPackage.INVENTORY_ITEM__TAGS:
				getTags().clear();
				return;
			case StudioPackage.INVENTORY_ITEM__PHOTO_PATH:
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
			case StudioPackage.INVENTORY_ITEM__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case StudioPackage.INVENTORY_ITEM__NAME_ZH:
				return NAME_ZH_EDEFAULT == null ? nameZh != null : !NAME_ZH_EDEFAULT.equals(nameZh);
			case StudioPackage.INVENTORY_ITEM__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case StudioPackage.INVENTORY_ITEM__KIND:
				return kind != KIND_EDEFAULT;
			case StudioPackage.INVENTORY_ITEM__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case StudioPackage.INVENTORY_ITEM__STYLE:
				return STYLE_EDEFAULT == null ? style != null : !STYLE_EDEFAULT.equals(style);
			case StudioPackage.INVENTORY_ITEM__SIZE:
				return SIZE_EDEFAULT == null ? size != null : !SIZE_EDEFAULT.equals(size);
			case StudioPackage.INVENTORY_ITEM__COLOUR:
				return COLOUR_EDEFAULT == null ? colour != null : !COLOUR_EDEFAULT.equals(colour);
			case StudioPackage.INVENTORY_ITEM__CONDITION:
				return condition != CONDITION_EDEFAULT;
			case StudioPackage.INVENTORY_ITEM__QUANTITY:
				return quantity != QUANTITY_EDEFAULT;
			case StudioPackage.INVENTORY_ITEM__TAGS:
				return tags != null && !tags.isEmpty();
			case StudioPackage.INVENTORY_ITEM__PHOTO_PATH:
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
		result.append(", nameZh: ");
		result.append(nameZh);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", kind: ");
		result.append(kind);
		result.append(", period: ");
		result.append(period);
		result.append(", style: ");
		result.append(style);
		result.append(", size: ");
		result.append(size);
		result.append(", colour: ");
		result.append(colour);
		result.append(", condition: ");
		result.append(condition);
		result.append(", quantity: ");
		result.append(quantity);
		result.append(", tags: ");
		result.append(tags);
		result.append(", photoPath: ");
		result.append(photoPath);
		result.append(')');
		return result.toString();
	}

} //InventoryItemImpl
