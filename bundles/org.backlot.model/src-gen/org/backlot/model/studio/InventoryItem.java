/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inventory Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A costume, prop, piece of set dressing, vehicle, weapon or fixture.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.InventoryItem#getCode <em>Code</em>}</li>
 *   <li>{@link org.backlot.model.studio.InventoryItem#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.backlot.model.studio.InventoryItem#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.backlot.model.studio.InventoryItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.backlot.model.studio.InventoryItem#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.backlot.model.studio.InventoryItem#getStyle <em>Style</em>}</li>
 *   <li>{@link org.backlot.model.studio.InventoryItem#getSize <em>Size</em>}</li>
 *   <li>{@link org.backlot.model.studio.InventoryItem#getColour <em>Colour</em>}</li>
 *   <li>{@link org.backlot.model.studio.InventoryItem#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.backlot.model.studio.InventoryItem#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.backlot.model.studio.InventoryItem#getTags <em>Tags</em>}</li>
 *   <li>{@link org.backlot.model.studio.InventoryItem#getPhotoPath <em>Photo Path</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.studio.StudioPackage#getInventoryItem()
 * @model
 * @generated
 */
public interface InventoryItem extends StudioResource {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.backlot.model.studio.StudioPackage#getInventoryItem_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.InventoryItem#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Zh</em>' attribute.
	 * @see #setNameZh(String)
	 * @see org.backlot.model.studio.StudioPackage#getInventoryItem_NameZh()
	 * @model
	 * @generated
	 */
	String getNameZh();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.InventoryItem#getNameZh <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Zh</em>' attribute.
	 * @see #getNameZh()
	 * @generated
	 */
	void setNameZh(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see org.backlot.model.studio.StudioPackage#getInventoryItem_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.InventoryItem#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.studio.ItemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.backlot.model.studio.ItemKind
	 * @see #setKind(ItemKind)
	 * @see org.backlot.model.studio.StudioPackage#getInventoryItem_Kind()
	 * @model
	 * @generated
	 */
	ItemKind getKind();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.InventoryItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.backlot.model.studio.ItemKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ItemKind value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Republic-era, contemporary, wuxia, sci-fi...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see org.backlot.model.studio.StudioPackage#getInventoryItem_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.InventoryItem#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' attribute.
	 * @see #setStyle(String)
	 * @see org.backlot.model.studio.StudioPackage#getInventoryItem_Style()
	 * @model
	 * @generated
	 */
	String getStyle();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.InventoryItem#getStyle <em>Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' attribute.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(String)
	 * @see org.backlot.model.studio.StudioPackage#getInventoryItem_Size()
	 * @model
	 * @generated
	 */
	String getSize();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.InventoryItem#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(String value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.backlot.model.studio.StudioPackage#getInventoryItem_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.InventoryItem#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.studio.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see org.backlot.model.studio.Condition
	 * @see #setCondition(Condition)
	 * @see org.backlot.model.studio.StudioPackage#getInventoryItem_Condition()
	 * @model
	 * @generated
	 */
	Condition getCondition();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.InventoryItem#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see org.backlot.model.studio.Condition
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(Condition value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see #setQuantity(int)
	 * @see org.backlot.model.studio.StudioPackage#getInventoryItem_Quantity()
	 * @model default="1"
	 * @generated
	 */
	int getQuantity();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.InventoryItem#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(int value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.backlot.model.studio.StudioPackage#getInventoryItem_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Photo Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Photo Path</em>' attribute.
	 * @see #setPhotoPath(String)
	 * @see org.backlot.model.studio.StudioPackage#getInventoryItem_PhotoPath()
	 * @model
	 * @generated
	 */
	String getPhotoPath();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.InventoryItem#getPhotoPath <em>Photo Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Photo Path</em>' attribute.
	 * @see #getPhotoPath()
	 * @generated
	 */
	void setPhotoPath(String value);

} // InventoryItem
