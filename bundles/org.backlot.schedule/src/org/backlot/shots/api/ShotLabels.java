// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.api;

import java.util.Locale;

import org.backlot.model.shots.CameraAngle;
import org.backlot.model.shots.CameraMovement;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.ShotSize;
import org.backlot.shots.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** The words shown for shot sizes, angles, movements, lenses and minutes, in the user's language. */
public final class ShotLabels {
	private ShotLabels() {
	}

	/** "WS", "MCU" ... (the size's short name in the user's language). */
	public static String size(ShotSize size) {
		return size == null ? "" : text("size_" + size.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** "Eye level", "High" ... */
	public static String angle(CameraAngle angle) {
		return angle == null ? "" : text("angle_" + angle.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** "Static", "Dolly" ... */
	public static String movement(CameraMovement movement) {
		return movement == null ? "" : text("movement_" + movement.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Size, angle and movement: "MCU · Eye level · Static". */
	public static String kind(Shot s) {
		return NLS.bind(Messages.labelKind, new Object[] { size(s.getSize()), angle(s.getAngle()), movement(s.getMovement()) });
	}

	/** A lens: "50 mm", "35.5 mm". */
	public static String lens(double mm) {
		return NLS.bind(Messages.labelLens, number(mm));
	}

	/** Lens and set-up: "50 mm · set-up B: over the counter" (the lens alone without a set-up). */
	public static String lensAndSetup(Shot s) {
		if (s.getSetup() == null || s.getSetup().getName() == null) {
			return lens(s.getLensMm());
		}
		return NLS.bind(Messages.labelLensSetup, number(s.getLensMm()), s.getSetup().getName());
	}

	/** "Set-up 20 min, shoot 15 min". */
	public static String minutes(Shot s) {
		return NLS.bind(Messages.labelMinutes, s.getSetupMinutes(), s.getShootMinutes());
	}

	/** A number without a needless ".0": 50 -> "50", 35.5 -> "35.5". */
	public static String number(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e9) {
			return Long.toString((long) v);
		}
		return String.format(Locale.ROOT, "%.1f", v); //$NON-NLS-1$
	}

	private static String text(String key) {
		try {
			Object v = Messages.class.getField(key).get(null);
			return v == null ? key : v.toString();
		} catch (ReflectiveOperationException e) {
			return key;
		}
	}
}
