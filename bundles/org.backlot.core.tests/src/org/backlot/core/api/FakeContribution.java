// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Status;

/** A contribution made in code (attributes, plugin, point) for testing registries without installing a plugin. */
public final class FakeContribution {
	private FakeContribution() {
	}

	/** A configuration element with these attributes whose {@code class} attribute is created by reflection. */
	public static IConfigurationElement element(String point, String plugin, String name, Map<String, String> attributes) {
		IContributor contributor = proxy(IContributor.class, (m, a) -> "getName".equals(m) ? plugin : unsupported(m));
		IExtension extension = proxy(IExtension.class, (m, a) -> switch (m) {
		case "getExtensionPointUniqueIdentifier" -> point;
		case "getContributor" -> contributor;
		default -> unsupported(m);
		});
		return proxy(IConfigurationElement.class, (m, a) -> switch (m) {
		case "getName" -> name;
		case "getAttribute" -> attributes.get(a[0]);
		case "getContributor" -> contributor;
		case "getDeclaringExtension" -> extension;
		case "isValid" -> Boolean.TRUE;
		case "createExecutableExtension" -> create(plugin, attributes.get(a[0]));
		default -> unsupported(m);
		});
	}

	private static Object create(String plugin, String className) throws CoreException {
		try {
			return Class.forName(className, true, FakeContribution.class.getClassLoader()).getDeclaredConstructor().newInstance();
		} catch (ClassNotFoundException e) {
			throw new CoreException(Status.error("Plug-in " + plugin + " was unable to load class " + className + ".", e));
		} catch (InvocationTargetException e) {
			throw new CoreException(Status.error("Plug-in " + plugin + " was unable to create " + className + ".", e.getCause()));
		} catch (ReflectiveOperationException e) {
			throw new CoreException(Status.error(e.toString(), e));
		}
	}

	private static Object unsupported(String method) {
		throw new UnsupportedOperationException(method);
	}

	/** What a fake answers to a method with these arguments. */
	private interface Answer {
		Object answer(String method, Object[] args) throws Exception;
	}

	private static <T> T proxy(Class<T> type, Answer answer) {
		return type.cast(Proxy.newProxyInstance(FakeContribution.class.getClassLoader(), new Class<?>[] { type },
				(p, method, args) -> switch (method.getName()) {
				case "hashCode" -> System.identityHashCode(p);
				case "equals" -> p == args[0];
				case "toString" -> type.getSimpleName() + "(fake)";
				default -> answer.answer(method.getName(), args);
				}));
	}
}
