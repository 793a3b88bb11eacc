/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sound stage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.Stage#getNumber <em>Number</em>}</li>
 *   <li>{@link org.backlot.model.studio.Stage#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.studio.Stage#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.backlot.model.studio.Stage#getAreaM2 <em>Area M2</em>}</li>
 *   <li>{@link org.backlot.model.studio.Stage#getHeightM <em>Height M</em>}</li>
 *   <li>{@link org.backlot.model.studio.Stage#isLedVolume <em>Led Volume</em>}</li>
 *   <li>{@link org.backlot.model.studio.Stage#getLedWallWidthM <em>Led Wall Width M</em>}</li>
 *   <li>{@link org.backlot.model.studio.Stage#getLedWallHeightM <em>Led Wall Height M</em>}</li>
 *   <li>{@link org.backlot.model.studio.Stage#getPowerKw <em>Power Kw</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.studio.StudioPackage#getStage()
 * @model
 * @generated
 */
public interface Stage extends StudioResource {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.backlot.model.studio.StudioPackage#getStage_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Stage#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.studio.StudioPackage#getStage_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Stage#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Zh</em>' attribute.
	 * @see #setNameZh(String)
	 * @see org.backlot.model.studio.StudioPackage#getStage_NameZh()
	 * @model
	 * @generated
	 */
	String getNameZh();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Stage#getNameZh <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Zh</em>' attribute.
	 * @see #getNameZh()
	 * @generated
	 */
	void setNameZh(String value);

	/**
	 * Returns the value of the '<em><b>Area M2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area M2</em>' attribute.
	 * @see #setAreaM2(double)
	 * @see org.backlot.model.studio.StudioPackage#getStage_AreaM2()
	 * @model
	 * @generated
	 */
	double getAreaM2();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Stage#getAreaM2 <em>Area M2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area M2</em>' attribute.
	 * @see #getAreaM2()
	 * @generated
	 */
	void setAreaM2(double value);

	/**
	 * Returns the value of the '<em><b>Height M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height M</em>' attribute.
	 * @see #setHeightM(double)
	 * @see org.backlot.model.studio.StudioPackage#getStage_HeightM()
	 * @model
	 * @generated
	 */
	double getHeightM();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Stage#getHeightM <em>Height M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height M</em>' attribute.
	 * @see #getHeightM()
	 * @generated
	 */
	void setHeightM(double value);

	/**
	 * Returns the value of the '<em><b>Led Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Led Volume</em>' attribute.
	 * @see #setLedVolume(boolean)
	 * @see org.backlot.model.studio.StudioPackage#getStage_LedVolume()
	 * @model
	 * @generated
	 */
	boolean isLedVolume();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Stage#isLedVolume <em>Led Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Led Volume</em>' attribute.
	 * @see #isLedVolume()
	 * @generated
	 */
	void setLedVolume(boolean value);

	/**
	 * Returns the value of the '<em><b>Led Wall Width M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Led Wall Width M</em>' attribute.
	 * @see #setLedWallWidthM(double)
	 * @see org.backlot.model.studio.StudioPackage#getStage_LedWallWidthM()
	 * @model
	 * @generated
	 */
	double getLedWallWidthM();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Stage#getLedWallWidthM <em>Led Wall Width M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Led Wall Width M</em>' attribute.
	 * @see #getLedWallWidthM()
	 * @generated
	 */
	void setLedWallWidthM(double value);

	/**
	 * Returns the value of the '<em><b>Led Wall Height M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Led Wall Height M</em>' attribute.
	 * @see #setLedWallHeightM(double)
	 * @see org.backlot.model.studio.StudioPackage#getStage_LedWallHeightM()
	 * @model
	 * @generated
	 */
	double getLedWallHeightM();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Stage#getLedWallHeightM <em>Led Wall Height M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Led Wall Height M</em>' attribute.
	 * @see #getLedWallHeightM()
	 * @generated
	 */
	void setLedWallHeightM(double value);

	/**
	 * Returns the value of the '<em><b>Power Kw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Power Kw</em>' attribute.
	 * @see #setPowerKw(double)
	 * @see org.backlot.model.studio.StudioPackage#getStage_PowerKw()
	 * @model
	 * @generated
	 */
	double getPowerKw();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Stage#getPowerKw <em>Power Kw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power Kw</em>' attribute.
	 * @see #getPowerKw()
	 * @generated
	 */
	void setPowerKw(double value);

} // Stage
