// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.preview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.Assets;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;

/** A record's fields as "label: value" lines, then its bookings across productions, in a read-only text that can be copied from. */
final class Details {
	private static final int MAX_BOOKINGS = 12;
	private final StyledText text;
	private final List<String[]> lines = new ArrayList<>();

	Details(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(6, 4, 6, 4);
		text.setCaret(null);
	}

	StyledText control() {
		return text;
	}

	/** Shows the record's details (null: nothing). */
	void show(StudioResource r) {
		lines.clear();
		if (r instanceof InventoryItem i) {
			field(Messages.fieldCode, i.getCode());
			field(Messages.fieldKind, Texts.of("kind", i.getKind())); //$NON-NLS-1$
			field(Messages.fieldPeriod, i.getPeriod());
			field(Messages.fieldStyle, i.getStyle());
			field(Messages.fieldSize, i.getSize());
			field(Messages.fieldColour, i.getColour());
			field(Messages.fieldCondition, Texts.of("condition", i.getCondition())); //$NON-NLS-1$
			field(Messages.fieldQuantity, Integer.toString(i.getQuantity()));
			field(Messages.fieldTags, Texts.list(i.getTags()));
		} else if (r instanceof Extra x) {
			field(Messages.fieldCode, x.getCode());
			field(Messages.fieldGender, Texts.of("gender", x.getGender())); //$NON-NLS-1$
			field(Messages.fieldBorn, x.getBirthYear() > 0 ? Integer.toString(x.getBirthYear()) : null);
			field(Messages.fieldHeight, x.getHeightCm() > 0 ? NLS.bind(Messages.cm, x.getHeightCm()) : null);
			field(Messages.fieldLooks, Texts.list(x.getLooks()));
			field(Messages.fieldSkills, Texts.list(x.getSkills()));
			field(Messages.fieldLanguages, Texts.list(x.getLanguages()));
		} else if (r instanceof Apartment a) {
			field(Messages.fieldBuilding, Texts.name(a));
			field(Messages.fieldFloor, Integer.toString(a.getFloor()));
			field(Messages.fieldBeds, Integer.toString(a.getBeds()));
			field(Messages.fieldFeatures, Texts.list(a.getFeatures()));
		} else if (r instanceof Stage s) {
			field(Messages.fieldArea, NLS.bind(Messages.m2, String.format("%,.0f", s.getAreaM2()))); //$NON-NLS-1$
			field(Messages.fieldStageHeight, NLS.bind(Messages.metres, String.format("%.1f", s.getHeightM()))); //$NON-NLS-1$
			field(Messages.fieldLed, s.isLedVolume() ? String.format("%.0f × %.0f m", s.getLedWallWidthM(), s.getLedWallHeightM()) : null); //$NON-NLS-1$
			field(Messages.fieldPower, NLS.bind(Messages.kw, String.format("%,.0f", s.getPowerKw()))); //$NON-NLS-1$
		} else if (r instanceof Location l) {
			field(Messages.fieldType, Texts.of("location", l.getType())); //$NON-NLS-1$
			field(Messages.fieldAddress, l.getAddress());
			field(Messages.fieldGps, l.getLatitude() == 0 && l.getLongitude() == 0 ? null : String.format("%.5f, %.5f", l.getLatitude(), l.getLongitude())); //$NON-NLS-1$
			field(Messages.fieldOwner, l.getOwner());
			field(Messages.fieldContact, l.getOwnerContact());
			field(Messages.fieldParking, l.getParking());
			field(Messages.fieldBaseCamp, l.getBaseCamp());
			field(Messages.fieldHospital, l.getNearestHospital());
			field(Messages.fieldLocationPower, l.getPower());
		} else if (r instanceof DigitalAsset a) {
			field(Messages.fieldKind, Texts.of("asset", a.getKind())); //$NON-NLS-1$
			field(Messages.fieldPerson, a.getPerson());
			field(Messages.fieldRightsHolder, a.getRightsHolder());
			field(Messages.fieldRights, a.getRights());
			field(Messages.fieldScanned, Texts.date(a.getScanned()));
			field(Messages.fieldExpires, Texts.date(a.getExpires()));
			field(Messages.fieldUsedBy, Texts.list(Assets.productions(a)));
			field(Messages.fieldFiles, Texts.list(a.getFiles()));
		}
		if (r != null && r.eContainer() instanceof Studio s) {
			bookings(s, r);
		}
		render(r == null ? null : Texts.label(r));
	}

	private void bookings(Studio s, StudioResource r) {
		List<Booking> list = s.getBookings().stream().filter(b -> b.getResource() == r && b.getStatus() != BookingStatus.CANCELLED && b.getFrom() != null)
				.sorted(Comparator.comparing(Booking::getFrom)).toList();
		if (list.isEmpty()) {
			field(Messages.fieldBookings, Messages.noBookings);
			return;
		}
		lines.add(new String[] { Messages.fieldBookings, "" }); //$NON-NLS-1$
		for (Booking b : list.subList(0, Math.min(MAX_BOOKINGS, list.size()))) {
			lines.add(new String[] { null, NLS.bind(Messages.bookingLine, new Object[] { Texts.production(b), Texts.of("purpose", b.getPurpose()), //$NON-NLS-1$
					Texts.span(b) }) + (b.getStatus() == BookingStatus.TENTATIVE ? " (" + Texts.of("status", b.getStatus()) + ')' : "") }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (list.size() > MAX_BOOKINGS) {
			lines.add(new String[] { null, NLS.bind(Messages.moreBookings, list.size() - MAX_BOOKINGS) });
		}
	}

	private void field(String label, String value) {
		if (value != null && !value.isBlank()) {
			lines.add(new String[] { label, value });
		}
	}

	private void render(String title) {
		StringBuilder sb = new StringBuilder();
		List<StyleRange> bold = new ArrayList<>();
		if (title != null) {
			bold.add(new StyleRange(0, title.length(), null, null, SWT.BOLD));
			sb.append(title).append('\n');
		}
		for (String[] l : lines) {
			if (l[0] != null) {
				bold.add(new StyleRange(sb.length(), l[0].length() + 1, null, null, SWT.BOLD));
				sb.append(l[0]).append(':');
				sb.append(l[1].isEmpty() ? "" : " " + l[1]); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				sb.append("   ").append(l[1]); //$NON-NLS-1$
			}
			sb.append('\n');
		}
		text.setText(sb.toString());
		text.setStyleRanges(bold.toArray(StyleRange[]::new));
	}
}
