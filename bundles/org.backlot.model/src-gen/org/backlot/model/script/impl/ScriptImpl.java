/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.script.impl;

import java.util.Collection;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.script.Paragraph;
import org.backlot.model.script.Revision;
import org.backlot.model.script.Scene;
import org.backlot.model.script.Script;
import org.backlot.model.script.ScriptPackage;
import org.backlot.model.script.TitlePageEntry;

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
 * An implementation of the model object '<em><b>Script</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.script.impl.ScriptImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.ScriptImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.ScriptImpl#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.ScriptImpl#getSourceFormat <em>Source Format</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.ScriptImpl#getTitlePage <em>Title Page</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.ScriptImpl#getRevisions <em>Revisions</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.ScriptImpl#getCurrentRevision <em>Current Revision</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.ScriptImpl#getFrontMatter <em>Front Matter</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.ScriptImpl#getScenes <em>Scenes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScriptImpl extends IdentifiedImpl implements Script {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected String sourceFile = SOURCE_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceFormat() <em>Source Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFormat() <em>Source Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFormat()
	 * @generated
	 * @ordered
	 */
	protected String sourceFormat = SOURCE_FORMAT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTitlePage() <em>Title Page</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitlePage()
	 * @generated
	 * @ordered
	 */
	protected EList<TitlePageEntry> titlePage;

	/**
	 * The cached value of the '{@link #getRevisions() <em>Revisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Revision> revisions;

	/**
	 * The cached value of the '{@link #getCurrentRevision() <em>Current Revision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentRevision()
	 * @generated
	 * @ordered
	 */
	protected Revision currentRevision;

	/**
	 * The cached value of the '{@link #getFrontMatter() <em>Front Matter</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrontMatter()
	 * @generated
	 * @ordered
	 */
	protected EList<Paragraph> frontMatter;

	/**
	 * The cached value of the '{@link #getScenes() <em>Scenes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenes()
	 * @generated
	 * @ordered
	 */
	protected EList<Scene> scenes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScriptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScriptPackage.Literals.SCRIPT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCRIPT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCRIPT__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFile() {
		return sourceFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFile(String newSourceFile) {
		String oldSourceFile = sourceFile;
		sourceFile = newSourceFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCRIPT__SOURCE_FILE, oldSourceFile, sourceFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFormat() {
		return sourceFormat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFormat(String newSourceFormat) {
		String oldSourceFormat = sourceFormat;
		sourceFormat = newSourceFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCRIPT__SOURCE_FORMAT, oldSourceFormat, sourceFormat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TitlePageEntry> getTitlePage() {
		if (titlePage == null) {
			titlePage = new EObjectContainmentEList<TitlePageEntry>(TitlePageEntry.class, this, ScriptPackage.SCRIPT__TITLE_PAGE);
		}
		return titlePage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Revision> getRevisions() {
		if (revisions == null) {
			revisions = new EObjectContainmentEList<Revision>(Revision.class, this, ScriptPackage.SCRIPT__REVISIONS);
		}
		return revisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Revision getCurrentRevision() {
		if (currentRevision != null && currentRevision.eIsProxy()) {
			InternalEObject oldCurrentRevision = (InternalEObject)currentRevision;
			currentRevision = (Revision)eResolveProxy(oldCurrentRevision);
			if (currentRevision != oldCurrentRevision) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScriptPackage.SCRIPT__CURRENT_REVISION, oldCurrentRevision, currentRevision));
			}
		}
		return currentRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Revision basicGetCurrentRevision() {
		return currentRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentRevision(Revision newCurrentRevision) {
		Revision oldCurrentRevision = currentRevision;
		currentRevision = newCurrentRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCRIPT__CURRENT_REVISION, oldCurrentRevision, currentRevision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Paragraph> getFrontMatter() {
		if (frontMatter == null) {
			frontMatter = new EObjectContainmentEList<Paragraph>(Paragraph.class, this, ScriptPackage.SCRIPT__FRONT_MATTER);
		}
		return frontMatter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scene> getScenes() {
		if (scenes == null) {
			scenes = new EObjectContainmentEList<Scene>(Scene.class, this, ScriptPackage.SCRIPT__SCENES);
		}
		return scenes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScriptPackage.SCRIPT__TITLE_PAGE:
				return ((InternalEList<?>)getTitlePage()).basicRemove(otherEnd, msgs);
			case ScriptPackage.SCRIPT__REVISIONS:
				return ((InternalEList<?>)getRevisions()).basicRemove(otherEnd, msgs);
			case ScriptPackage.SCRIPT__FRONT_MATTER:
				return ((InternalEList<?>)getFrontMatter()).basicRemove(otherEnd, msgs);
			case ScriptPackage.SCRIPT__SCENES:
				return ((InternalEList<?>)getScenes()).basicRemove(otherEnd, msgs);
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
			case ScriptPackage.SCRIPT__TITLE:
				return getTitle();
			case ScriptPackage.SCRIPT__AUTHOR:
				return getAuthor();
			case ScriptPackage.SCRIPT__SOURCE_FILE:
				return getSourceFile();
			case ScriptPackage.SCRIPT__SOURCE_FORMAT:
				return getSourceFormat();
			case ScriptPackage.SCRIPT__TITLE_PAGE:
				return getTitlePage();
			case ScriptPackage.SCRIPT__REVISIONS:
				return getRevisions();
			case ScriptPackage.SCRIPT__CURRENT_REVISION:
				if (resolve) return getCurrentRevision();
				return basicGetCurrentRevision();
			case ScriptPackage.SCRIPT__FRONT_MATTER:
				return getFrontMatter();
			case ScriptPackage.SCRIPT__SCENES:
				return getScenes();
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
			case ScriptPackage.SCRIPT__TITLE:
				setTitle((String)newValue);
				return;
			case ScriptPackage.SCRIPT__AUTHOR:
				setAuthor((String)newValue);
				return;
			case ScriptPackage.SCRIPT__SOURCE_FILE:
				setSourceFile((String)newValue);
				return;
			case ScriptPackage.SCRIPT__SOURCE_FORMAT:
				setSourceFormat((String)newValue);
				return;
			case ScriptPackage.SCRIPT__TITLE_PAGE:
				getTitlePage().clear();
				getTitlePage().addAll((Collection<? extends TitlePageEntry>)newValue);
				return;
			case ScriptPackage.SCRIPT__REVISIONS:
				getRevisions().clear();
				getRevisions().addAll((Collection<? extends Revision>)newValue);
				return;
			case ScriptPackage.SCRIPT__CURRENT_REVISION:
				setCurrentRevision((Revision)newValue);
				return;
			case ScriptPackage.SCRIPT__FRONT_MATTER:
				getFrontMatter().clear();
				getFrontMatter().addAll((Collection<? extends Paragraph>)newValue);
				return;
			case ScriptPackage.SCRIPT__SCENES:
				getScenes().clear();
				getScenes().addAll((Collection<? extends Scene>)newValue);
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
			case ScriptPackage.SCRIPT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ScriptPackage.SCRIPT__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case ScriptPackage.SCRIPT__SOURCE_FILE:
				setSourceFile(SOURCE_FILE_EDEFAULT);
				return;
			case ScriptPackage.SCRIPT__SOURCE_FORMAT:
				setSourceFormat(SOURCE_FORMAT_EDEFAULT);
				return;
			case ScriptPackage.SCRIPT__TITLE_PAGE:
				getTitlePage().clear();
				return;
			case ScriptPackage.SCRIPT__REVISIONS:
				getRevisions().clear();
				return;
			case ScriptPackage.SCRIPT__CURRENT_REVISION:
				setCurrentRevision((Revision)null);
				return;
			case ScriptPackage.SCRIPT__FRONT_MATTER:
				getFrontMatter().clear();
				return;
			case ScriptPackage.SCRIPT__SCENES:
				getScenes().clear();
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
			case ScriptPackage.SCRIPT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ScriptPackage.SCRIPT__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case ScriptPackage.SCRIPT__SOURCE_FILE:
				return SOURCE_FILE_EDEFAULT == null ? sourceFile != null : !SOURCE_FILE_EDEFAULT.equals(sourceFile);
			case ScriptPackage.SCRIPT__SOURCE_FORMAT:
				return SOURCE_FORMAT_EDEFAULT == null ? sourceFormat != null : !SOURCE_FORMAT_EDEFAULT.equals(sourceFormat);
			case ScriptPackage.SCRIPT__TITLE_PAGE:
				return titlePage != null && !titlePage.isEmpty();
			case ScriptPackage.SCRIPT__REVISIONS:
				return revisions != null && !revisions.isEmpty();
			case ScriptPackage.SCRIPT__CURRENT_REVISION:
				return currentRevision != null;
			case ScriptPackage.SCRIPT__FRONT_MATTER:
				return frontMatter != null && !frontMatter.isEmpty();
			case ScriptPackage.SCRIPT__SCENES:
				return scenes != null && !scenes.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", author: ");
		result.append(author);
		result.append(", sourceFile: ");
		result.append(sourceFile);
		result.append(", sourceFormat: ");
		result.append(sourceFormat);
		result.append(')');
		return result.toString();
	}

} //ScriptImpl
