// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backlot.core.api.Contributions;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.permits.internal.submit.AdapterRegistry;
import org.backlot.permits.internal.submit.FileExchangeAdapter;
import org.backlot.permits.internal.submit.SafeAdapter;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contributed submission adapters: Backlot's file exchange is found; broken contributions are reported and
 * skipped; an adapter that throws is reported and yields an IOException or no news. Needs the extension registry and
 * the platform log, so it runs inside OSGi (Tycho) and is skipped elsewhere.
 */
class SubmissionsTest {
	private static final String PLUGIN = "org.example.portal";

	/** An adapter whose every call fails, as a buggy plugin's would. */
	public static final class ThrowingAdapter implements SubmissionAdapter {
		@Override
		public String submit(PermitApplication application, Path productionFolder) {
			throw new IllegalStateException("portal session expired");
		}

		@Override
		public Optional<Decision> poll(PermitApplication application, Path productionFolder) {
			throw new IllegalStateException("portal session expired");
		}
	}

	@BeforeEach
	void inOsgi() {
		assumeTrue(Platform.isRunning(), "the extension registry and the platform log run only inside OSGi");
		Contributions.takeProblems();
	}

	@Test
	void backlotsFileExchangeIsContributedAndGuarded() {
		Submissions.Adapter files = Submissions.find("org.backlot.permits.files").orElseThrow();
		assertEquals("org.backlot.permits", files.plugin());
		assertFalse(files.name().isBlank());
		assertTrue(files.adapter() instanceof SafeAdapter s && s.adapter() instanceof FileExchangeAdapter, files.adapter().getClass().getName());
		assertTrue(Submissions.all().contains(files));
		assertEquals(Optional.empty(), Submissions.find("no.such.adapter"));
	}

	@Test
	void brokenContributionsAreReportedAndSkippedAndAThrowingAdapterIsContained() throws IOException {
		List<Submissions.Adapter> read = AdapterRegistry.read(new IConfigurationElement[] {
				element(Map.of("id", "org.example.portal.web", "name", "City portal", "class", ThrowingAdapter.class.getName())),
				element(Map.of("name", "No id", "class", ThrowingAdapter.class.getName())),
				element(Map.of("id", "org.example.portal.web", "name", "Twin", "class", ThrowingAdapter.class.getName())),
				element(Map.of("id", "org.example.portal.gone", "name", "Gone", "class", "org.example.NoSuchAdapter")) });
		assertEquals(1, read.size(), read.toString());
		Submissions.Adapter portal = read.get(0);
		assertEquals("org.example.portal.web", portal.id());
		assertEquals("City portal", portal.name());
		assertEquals(PLUGIN, portal.plugin());
		List<String> problems = Contributions.takeProblems();
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.stream().allMatch(p -> p.contains(PLUGIN)), "each names its plugin: " + problems);

		PermitApplication a = PermitsFactory.eINSTANCE.createPermitApplication();
		IOException e = assertThrows(IOException.class, () -> portal.adapter().submit(a, Path.of(".")));
		assertTrue(e.getMessage().contains("portal session expired"), e.getMessage());
		assertEquals(Optional.empty(), portal.adapter().poll(a, Path.of(".")));
		problems = Contributions.takeProblems();
		assertEquals(1, problems.size(), "reported once: " + problems);
		assertTrue(problems.get(0).contains(PLUGIN) && problems.get(0).contains("portal session expired"), problems.get(0));
	}

	/** A contribution of {@link #PLUGIN} with these attributes. */
	private static IConfigurationElement element(Map<String, String> attributes) {
		ClassLoader loader = SubmissionsTest.class.getClassLoader();
		IContributor contributor = (IContributor) Proxy.newProxyInstance(loader, new Class<?>[] { IContributor.class },
				(p, m, args) -> switch (m.getName()) {
				case "getName" -> PLUGIN;
				case "hashCode" -> System.identityHashCode(p);
				case "equals" -> p == args[0];
				default -> PLUGIN;
				});
		IExtension extension = (IExtension) Proxy.newProxyInstance(loader, new Class<?>[] { IExtension.class },
				(p, m, args) -> switch (m.getName()) {
				case "getExtensionPointUniqueIdentifier" -> SubmissionAdapter.EXTENSION_POINT;
				case "getContributor" -> contributor;
				case "hashCode" -> System.identityHashCode(p);
				case "equals" -> p == args[0];
				case "toString" -> "extension of " + PLUGIN;
				default -> null;
				});
		return (IConfigurationElement) Proxy.newProxyInstance(loader, new Class<?>[] { IConfigurationElement.class },
				(p, m, args) -> switch (m.getName()) {
				case "getName" -> "adapter";
				case "getAttribute" -> attributes.get((String) args[0]);
				case "getContributor" -> contributor;
				case "getDeclaringExtension" -> extension;
				case "getNamespaceIdentifier" -> PLUGIN;
				case "isValid" -> true;
				case "createExecutableExtension" -> create(attributes.get((String) args[0]));
				case "hashCode" -> System.identityHashCode(p);
				case "equals" -> p == args[0];
				case "toString" -> "adapter " + attributes;
				default -> null;
				});
	}

	private static Object create(String className) throws CoreException {
		try {
			return Class.forName(className, true, SubmissionsTest.class.getClassLoader()).getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException e) {
			throw new CoreException(Status.error("Cannot create " + className + ": " + e, e));
		}
	}
}
