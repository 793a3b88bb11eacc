// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.dashboard;

import java.util.List;

import org.backlot.permits.ui.internal.dashboard.Rows.Group;
import org.backlot.permits.ui.internal.dashboard.Rows.Line;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** The dashboard tree's content (groups, then their rows) and how rows are matched across refreshes. */
final class TreeParts {
	private TreeParts() {
	}

	/** Groups at the top, their rows below. */
	static final class GroupContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> l ? l.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Group g ? g.lines().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Group g && !g.lines().isEmpty();
		}
	}

	/** Rows are the same across refreshes when they stand for the same application or requirement; groups by authority. */
	static final class KeyComparer implements IElementComparer {
		@Override
		public boolean equals(Object a, Object b) {
			return key(a).equals(key(b));
		}

		@Override
		public int hashCode(Object o) {
			return key(o).hashCode();
		}

		private static Object key(Object o) {
			if (o instanceof Group g) {
				return "group:" + g.key(); //$NON-NLS-1$
			}
			return o instanceof Line l ? l.key() : o;
		}
	}
}
