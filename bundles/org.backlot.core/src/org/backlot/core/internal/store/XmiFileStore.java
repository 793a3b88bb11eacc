// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.backlot.core.api.AtomicFiles;
import org.backlot.core.api.Ids;
import org.backlot.core.api.ModelStore;
import org.backlot.core.api.StoreException;
import org.backlot.model.breakdown.BreakdownPackage;
import org.backlot.model.lighting.LightingPackage;
import org.backlot.model.permits.PermitsPackage;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionPackage;
import org.backlot.model.schedule.SchedulePackage;
import org.backlot.model.script.ScriptPackage;
import org.backlot.model.shots.ShotsPackage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.osgi.util.NLS;

/** The embedded store: productions and studios as XMI files, saved atomically with a backup. */
public final class XmiFileStore implements ModelStore {
	private final Set<Path> failedToLoad = ConcurrentHashMap.newKeySet();

	@Override
	public ResourceSet createResourceSet() {
		return configure(new ResourceSetImpl());
	}

	@Override
	public ResourceSet configure(ResourceSet set) {
		XMIResourceFactoryImpl factory = new XMIResourceFactoryImpl() {
			@Override
			public Resource createResource(URI uri) {
				// references are by id: an id map makes resolving them O(1) instead of a scan of the file
				XMIResourceImpl resource = new XMIResourceImpl(uri);
				resource.setIntrinsicIDToEObjectMap(new HashMap<>());
				return resource;
			}
		};
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(PRODUCTION_EXTENSION, factory);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(STUDIO_EXTENSION, factory);
		for (EPackage p : new EPackage[] { ProductionPackage.eINSTANCE, ScriptPackage.eINSTANCE, BreakdownPackage.eINSTANCE,
				ShotsPackage.eINSTANCE, SchedulePackage.eINSTANCE, LightingPackage.eINSTANCE, PermitsPackage.eINSTANCE,
				StudioPackage.eINSTANCE }) {
			set.getPackageRegistry().put(p.getNsURI(), p);
		}
		Map<Object, Object> load = set.getLoadOptions();
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		// a parser pool per resource set: faster loads, and released with the set (a shared pool keeps the last model alive)
		load.put(XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl());
		load.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		return set;
	}

	@Override
	public Resource load(ResourceSet set, Path file) throws StoreException {
		Path path = file.toAbsolutePath().normalize();
		if (!Files.isRegularFile(path)) {
			throw new StoreException(path, 0, NLS.bind(Messages.notFound, path), null);
		}
		try {
			Resource resource = read(set, path);
			failedToLoad.remove(path);
			return resource;
		} catch (StoreException e) {
			// whatever the reason, a file that did not load is never saved over
			failedToLoad.add(path);
			throw e;
		}
	}

	private Resource read(ResourceSet set, Path path) throws StoreException {
		int version = VersionProbe.read(path);
		if (version > CURRENT_VERSION) {
			throw new StoreException(path, 1, NLS.bind(Messages.newerVersion, new Object[] { path, version, CURRENT_VERSION }), null);
		}
		URI uri = URI.createFileURI(path.toString());
		Resource existing = set.getResource(uri, false);
		if (existing != null && existing.isLoaded()) {
			return existing;
		}
		Resource resource = existing != null ? existing : set.createResource(uri);
		try {
			resource.load(set.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			set.getResources().remove(resource);
			throw Errors.loadFailed(path, e);
		}
		if (!resource.getErrors().isEmpty()) {
			set.getResources().remove(resource);
			Resource.Diagnostic d = resource.getErrors().get(0);
			throw new StoreException(path, d.getLine(), NLS.bind(Messages.loadFailedAtLine, new Object[] { path, d.getLine(), d.getMessage() }), null);
		}
		checkRoot(resource, path);
		Migrations.migrate(resource.getContents().get(0), version);
		return resource;
	}

	private void checkRoot(Resource resource, Path path) throws StoreException {
		boolean studio = path.getFileName().toString().endsWith("." + STUDIO_EXTENSION); //$NON-NLS-1$
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (studio ? !(root instanceof Studio) : !(root instanceof Production)) {
			resource.getResourceSet().getResources().remove(resource);
			throw new StoreException(path, 0, NLS.bind(studio ? Messages.notAStudio : Messages.notAProduction, path), null);
		}
	}

	@Override
	public void save(Resource resource) throws StoreException {
		Path target = Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
		if (failedToLoad.contains(target)) {
			throw new StoreException(target, 0, NLS.bind(Messages.refuseOverwrite, target), null);
		}
		EObject root = resource.getContents().get(0);
		Ids.assign(root);
		Migrations.stamp(root);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
		try {
			resource.save(bytes, saveOptions());
			if (Files.isRegularFile(target)) {
				AtomicFiles.write(target.resolveSibling(target.getFileName() + ".bak"), Files.readAllBytes(target)); //$NON-NLS-1$
			}
			AtomicFiles.write(target, bytes.toByteArray());
		} catch (IOException | RuntimeException e) {
			throw new StoreException(target, 0, NLS.bind(Messages.cannotWrite, target, e.getMessage()), e);
		}
		resource.setModified(false);
	}

	@Override
	public void saveAs(Resource resource, Path file) throws StoreException {
		Path path = file.toAbsolutePath().normalize();
		failedToLoad.remove(path);
		URI old = resource.getURI();
		resource.setURI(URI.createFileURI(path.toString()));
		try {
			save(resource);
		} catch (StoreException e) {
			resource.setURI(old);
			throw e;
		}
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> o = new HashMap<>();
		o.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		o.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		o.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));
		o.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		o.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		o.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.valueOf(1 << 20));
		return o;
	}
}
