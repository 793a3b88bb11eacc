// SPDX-License-Identifier: EPL-2.0
package org.backlot.codegen;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/** Runs the EMF generator headless: backlot.ecore + backlot.genmodel to the model and edit bundles' src-gen. */
public final class GenerateModel {
	private GenerateModel() {
	}

	/** Argument: the repository root. */
	public static void main(String[] args) throws Exception {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		map("org.backlot.model", root.resolve("bundles/org.backlot.model"));
		map("org.backlot.model.edit", root.resolve("bundles/org.backlot.model.edit"));

		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);

		Resource ecore = rs.getResource(URI.createPlatformResourceURI("/org.backlot.model/model/backlot.ecore", true), true);
		List<EPackage> packages = ecore.getContents().stream().filter(EPackage.class::isInstance).map(EPackage.class::cast).toList();
		Resource genResource = rs.getResource(URI.createPlatformResourceURI("/org.backlot.model/model/backlot.genmodel", true), true);
		GenModel genModel = (GenModel) genResource.getContents().get(0);
		genModel.initialize(packages);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			report(valid);
			System.exit(1);
		}
		genResource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));

		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic d = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
			if (d.getSeverity() >= Diagnostic.WARNING) {
				report(d);
			}
			if (d.getSeverity() == Diagnostic.ERROR) {
				System.exit(1);
			}
		}
		System.out.println("generated " + packages.size() + " packages");
	}

	private static void map(String project, Path folder) {
		EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(folder.toString() + "/"));
	}

	private static void report(Diagnostic d) {
		System.err.println(d.getMessage());
		for (Diagnostic c : d.getChildren()) {
			report(c);
		}
	}
}
