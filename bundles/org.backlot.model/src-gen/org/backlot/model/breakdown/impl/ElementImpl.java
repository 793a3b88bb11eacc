/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.breakdown.impl;

import java.util.Collection;

import org.backlot.model.breakdown.BreakdownPackage;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.schedule.DoodRule;

import org.backlot.model.studio.InventoryItem;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.breakdown.impl.ElementImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.ElementImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.ElementImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.ElementImpl#getStudioItem <em>Studio Item</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.ElementImpl#getOccurrences <em>Occurrences</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.ElementImpl#getDoodRule <em>Dood Rule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ElementImpl extends IdentifiedImpl implements Element {
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
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected Category category;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStudioItem() <em>Studio Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudioItem()
	 * @generated
	 * @ordered
	 */
	protected InventoryItem studioItem;

	/**
	 * The cached value of the '{@link #getOccurrences() <em>Occurrences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccurrences()
	 * @generated
	 * @ordered
	 */
	protected EList<ElementOccurrence> occurrences;

	/**
	 * The cached value of the '{@link #getDoodRule() <em>Dood Rule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoodRule()
	 * @generated
	 * @ordered
	 */
	protected DoodRule doodRule;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BreakdownPackage.Literals.ELEMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.ELEMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Category getCategory() {
		if (category != null && category.eIsProxy()) {
			InternalEObject oldCategory = (InternalEObject)category;
			category = (Category)eResolveProxy(oldCategory);
			if (category != oldCategory) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, BreakdownPackage.ELEMENT__CATEGORY, oldCategory, category));
			}
		}
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Category basicGetCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(Category newCategory) {
		Category oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.ELEMENT__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.ELEMENT__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InventoryItem getStudioItem() {
		if (studioItem != null && studioItem.eIsProxy()) {
			InternalEObject oldStudioItem = (InternalEObject)studioItem;
			studioItem = (InventoryItem)eResolveProxy(oldStudioItem);
			if (studioItem != oldStudioItem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, BreakdownPackage.ELEMENT__STUDIO_ITEM, oldStudioItem, studioItem));
			}
		}
		return studioItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InventoryItem basicGetStudioItem() {
		return studioItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudioItem(InventoryItem newStudioItem) {
		InventoryItem oldStudioItem = studioItem;
		studioItem = newStudioItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.ELEMENT__STUDIO_ITEM, oldStudioItem, studioItem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ElementOccurrence> getOccurrences() {
		if (occurrences == null) {
			occurrences = new EObjectContainmentEList<ElementOccurrence>(ElementOccurrence.class, this, BreakdownPackage.ELEMENT__OCCURRENCES);
		}
		return occurrences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DoodRule getDoodRule() {
		return doodRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDoodRule(DoodRule newDoodRule, NotificationChain msgs) {
		DoodRule oldDoodRule = doodRule;
		doodRule = newDoodRule;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, BreakdownPackage.ELEMENT__DOOD_RULE, oldDoodRule, newDoodRule);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoodRule(DoodRule newDoodRule) {
		if (newDoodRule != doodRule) {
			NotificationChain msgs = null;
			if (doodRule != null)
				msgs = ((InternalEObject)doodRule).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - BreakdownPackage.ELEMENT__DOOD_RULE, null, msgs);
			if (newDoodRule != null)
				msgs = ((InternalEObject)newDoodRule).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - BreakdownPackage.ELEMENT__DOOD_RULE, null, msgs);
			msgs = basicSetDoodRule(newDoodRule, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.ELEMENT__DOOD_RULE, newDoodRule, newDoodRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BreakdownPackage.ELEMENT__OCCURRENCES:
				return ((InternalEList<?>)getOccurrences()).basicRemove(otherEnd, msgs);
			case BreakdownPackage.ELEMENT__DOOD_RULE:
				return basicSetDoodRule(null, msgs);
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
			case BreakdownPackage.ELEMENT__NAME:
				return getName();
			case BreakdownPackage.ELEMENT__CATEGORY:
				if (resolve) return getCategory();
				return basicGetCategory();
			case BreakdownPackage.ELEMENT__NOTES:
				return getNotes();
			case BreakdownPackage.ELEMENT__STUDIO_ITEM:
				if (resolve) return getStudioItem();
				return basicGetStudioItem();
			case BreakdownPackage.ELEMENT__OCCURRENCES:
				return getOccurrences();
			case BreakdownPackage.ELEMENT__DOOD_RULE:
				return getDoodRule();
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
			case BreakdownPackage.ELEMENT__NAME:
				setName((String)newValue);
				return;
			case BreakdownPackage.ELEMENT__CATEGORY:
				setCategory((Category)newValue);
				return;
			case BreakdownPackage.ELEMENT__NOTES:
				setNotes((String)newValue);
				return;
			case BreakdownPackage.ELEMENT__STUDIO_ITEM:
				setStudioItem((InventoryItem)newValue);
				return;
			case BreakdownPackage.ELEMENT__OCCURRENCES:
				getOccurrences().clear();
				getOccurrences().addAll((Collection<? extends ElementOccurrence>)newValue);
				return;
			case BreakdownPackage.ELEMENT__DOOD_RULE:
				setDoodRule((DoodRule)newValue);
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
			case BreakdownPackage.ELEMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case BreakdownPackage.ELEMENT__CATEGORY:
				setCategory((Category)null);
				return;
			case BreakdownPackage.ELEMENT__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case BreakdownPackage.ELEMENT__STUDIO_ITEM:
				setStudioItem((InventoryItem)null);
				return;
			case BreakdownPackage.ELEMENT__OCCURRENCES:
				getOccurrences().clear();
				return;
			case BreakdownPackage.ELEMENT__DOOD_RULE:
				setDoodRule((DoodRule)null);
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
			case BreakdownPackage.ELEMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case BreakdownPackage.ELEMENT__CATEGORY:
				return category != null;
			case BreakdownPackage.ELEMENT__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case BreakdownPackage.ELEMENT__STUDIO_ITEM:
				return studioItem != null;
			case BreakdownPackage.ELEMENT__OCCURRENCES:
				return occurrences != null && !occurrences.isEmpty();
			case BreakdownPackage.ELEMENT__DOOD_RULE:
				return doodRule != null;
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
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ElementImpl
