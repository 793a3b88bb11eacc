/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.script;

import org.backlot.model.production.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Script</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An imported screenplay.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.script.Script#getTitle <em>Title</em>}</li>
 *   <li>{@link org.backlot.model.script.Script#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.backlot.model.script.Script#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.backlot.model.script.Script#getSourceFormat <em>Source Format</em>}</li>
 *   <li>{@link org.backlot.model.script.Script#getTitlePage <em>Title Page</em>}</li>
 *   <li>{@link org.backlot.model.script.Script#getRevisions <em>Revisions</em>}</li>
 *   <li>{@link org.backlot.model.script.Script#getCurrentRevision <em>Current Revision</em>}</li>
 *   <li>{@link org.backlot.model.script.Script#getFrontMatter <em>Front Matter</em>}</li>
 *   <li>{@link org.backlot.model.script.Script#getScenes <em>Scenes</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.script.ScriptPackage#getScript()
 * @model
 * @generated
 */
public interface Script extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.backlot.model.script.ScriptPackage#getScript_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Script#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.backlot.model.script.ScriptPackage#getScript_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Script#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file it was imported from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source File</em>' attribute.
	 * @see #setSourceFile(String)
	 * @see org.backlot.model.script.ScriptPackage#getScript_SourceFile()
	 * @model
	 * @generated
	 */
	String getSourceFile();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Script#getSourceFile <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source File</em>' attribute.
	 * @see #getSourceFile()
	 * @generated
	 */
	void setSourceFile(String value);

	/**
	 * Returns the value of the '<em><b>Source Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Importer id, e.g. fountain, fdx, pdf.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Format</em>' attribute.
	 * @see #setSourceFormat(String)
	 * @see org.backlot.model.script.ScriptPackage#getScript_SourceFormat()
	 * @model
	 * @generated
	 */
	String getSourceFormat();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Script#getSourceFormat <em>Source Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Format</em>' attribute.
	 * @see #getSourceFormat()
	 * @generated
	 */
	void setSourceFormat(String value);

	/**
	 * Returns the value of the '<em><b>Title Page</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.script.TitlePageEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title Page</em>' containment reference list.
	 * @see org.backlot.model.script.ScriptPackage#getScript_TitlePage()
	 * @model containment="true"
	 * @generated
	 */
	EList<TitlePageEntry> getTitlePage();

	/**
	 * Returns the value of the '<em><b>Revisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.script.Revision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revisions</em>' containment reference list.
	 * @see org.backlot.model.script.ScriptPackage#getScript_Revisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Revision> getRevisions();

	/**
	 * Returns the value of the '<em><b>Current Revision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Revision</em>' reference.
	 * @see #setCurrentRevision(Revision)
	 * @see org.backlot.model.script.ScriptPackage#getScript_CurrentRevision()
	 * @model
	 * @generated
	 */
	Revision getCurrentRevision();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Script#getCurrentRevision <em>Current Revision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Revision</em>' reference.
	 * @see #getCurrentRevision()
	 * @generated
	 */
	void setCurrentRevision(Revision value);

	/**
	 * Returns the value of the '<em><b>Front Matter</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.script.Paragraph}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paragraphs before the first scene heading (FADE IN:, a note, a section).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Front Matter</em>' containment reference list.
	 * @see org.backlot.model.script.ScriptPackage#getScript_FrontMatter()
	 * @model containment="true"
	 * @generated
	 */
	EList<Paragraph> getFrontMatter();

	/**
	 * Returns the value of the '<em><b>Scenes</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.script.Scene}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenes</em>' containment reference list.
	 * @see org.backlot.model.script.ScriptPackage#getScript_Scenes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scene> getScenes();

} // Script
