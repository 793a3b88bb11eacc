// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backlot.core.api.Ids;
import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.AssetKind;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.Condition;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.model.studio.StudioPackage.Literals;
import org.backlot.model.studio.StudioResource;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * The commands that add, duplicate and delete a register's records: new
 * records get a fresh id and the next free code or number; a delete also
 * removes the bookings of what it deletes when asked to, in the same command.
 */
final class Records {
	private static final Pattern CODE = Pattern.compile("^(.*?)(\\d+)$"); //$NON-NLS-1$

	private Records() {
	}

	/** The studio's list that holds the register's records. */
	static EReference list(Register r) {
		return switch (r.kind()) {
		case INVENTORY -> Literals.STUDIO__INVENTORY;
		case EXTRAS -> Literals.STUDIO__EXTRAS;
		case APARTMENTS -> Literals.STUDIO__APARTMENTS;
		case STAGES -> Literals.STUDIO__STAGES;
		case LOCATIONS -> Literals.STUDIO__LOCATIONS;
		case ASSETS -> Literals.STUDIO__ASSETS;
		};
	}

	/** A new record of the register with sensible defaults (not yet added). */
	static StudioResource create(Register r, Studio s) {
		StudioFactory f = StudioFactory.eINSTANCE;
		StudioResource out = switch (r.kind()) {
		case INVENTORY -> {
			InventoryItem i = f.createInventoryItem();
			i.setCode(nextCode(codes(s, ItemKind.COSTUME), "C-", 5)); //$NON-NLS-1$
			i.setNameEn(Messages.newItemEn);
			i.setNameZh(Messages.newItemZh);
			i.setKind(ItemKind.COSTUME);
			i.setCondition(Condition.GOOD);
			i.setQuantity(1);
			yield i;
		}
		case EXTRAS -> {
			Extra x = f.createExtra();
			x.setCode(nextCode(s.getExtras().stream().map(Extra::getCode).toList(), "X-", 5)); //$NON-NLS-1$
			x.setName(Messages.newPerson);
			yield x;
		}
		case APARTMENTS -> {
			Apartment a = f.createApartment();
			String building = s.getApartments().isEmpty() ? "A" : s.getApartments().get(s.getApartments().size() - 1).getBuilding(); //$NON-NLS-1$
			a.setBuilding(building);
			a.setUnit(nextUnit(s, building, "101")); //$NON-NLS-1$
			a.setBeds(1);
			yield a;
		}
		case STAGES -> {
			Stage st = f.createStage();
			st.setNumber(s.getStages().stream().mapToInt(Stage::getNumber).max().orElse(0) + 1);
			st.setName(NLS.bind(Messages.newStageEn, st.getNumber()));
			st.setNameZh(NLS.bind(Messages.newStageZh, st.getNumber()));
			yield st;
		}
		case LOCATIONS -> {
			Location l = f.createLocation();
			l.setName(Messages.newLocationEn);
			l.setNameZh(Messages.newLocationZh);
			yield l;
		}
		case ASSETS -> {
			DigitalAsset a = f.createDigitalAsset();
			a.setName(Messages.newAssetEn);
			a.setNameZh(Messages.newAssetZh);
			a.setKind(AssetKind.LED_ENVIRONMENT);
			yield a;
		}
		};
		out.setId(Ids.newId());
		return out;
	}

	/** A copy of the record with a new id and the next free code or number (not yet added). */
	static StudioResource copy(StudioResource r, Studio s, List<StudioResource> alsoNew) {
		StudioResource c = EcoreUtil.copy(r);
		c.setId(Ids.newId());
		List<StudioResource> taken = new ArrayList<>(alsoNew);
		if (c instanceof InventoryItem i) {
			List<String> codes = new ArrayList<>(codes(s, i.getKind()));
			taken.forEach(t -> codes.add(((InventoryItem) t).getCode()));
			i.setCode(nextCode(codes, "C-", 5)); //$NON-NLS-1$
		} else if (c instanceof Extra x) {
			List<String> codes = new ArrayList<>(s.getExtras().stream().map(Extra::getCode).toList());
			taken.forEach(t -> codes.add(((Extra) t).getCode()));
			x.setCode(nextCode(codes, "X-", 5)); //$NON-NLS-1$
		} else if (c instanceof Stage st) {
			int max = s.getStages().stream().mapToInt(Stage::getNumber).max().orElse(0);
			max = Math.max(max, taken.stream().mapToInt(t -> ((Stage) t).getNumber()).max().orElse(0));
			st.setNumber(max + 1);
		} else if (c instanceof Apartment a) {
			String unit = nextUnit(s, a.getBuilding(), a.getUnit());
			for (StudioResource t : taken) {
				if (((Apartment) t).getBuilding().equals(a.getBuilding()) && ((Apartment) t).getUnit().equals(unit)) {
					unit = bump(unit);
				}
			}
			a.setUnit(unit);
		}
		return c;
	}

	/** The codes of the store's items of a kind (each kind has its own series of codes). */
	static List<String> codes(Studio s, ItemKind kind) {
		List<String> out = s.getInventory().stream().filter(i -> i.getKind() == kind).map(InventoryItem::getCode).toList();
		return out.isEmpty() ? s.getInventory().stream().map(InventoryItem::getCode).toList() : out;
	}

	/** The next code after the highest of the codes with the prefix of the last one: C-10200 gives C-10201. */
	static String nextCode(List<String> codes, String prefix, int width) {
		String p = prefix;
		int w = width;
		for (int i = codes.size() - 1; i >= 0; i--) {
			Matcher m = codes.get(i) == null ? null : CODE.matcher(codes.get(i));
			if (m != null && m.matches()) {
				p = m.group(1);
				w = m.group(2).length();
				break;
			}
		}
		long max = 0;
		for (String c : codes) {
			Matcher m = c == null ? null : CODE.matcher(c);
			if (m != null && m.matches() && m.group(1).equals(p) && m.group(2).length() < 18) {
				max = Math.max(max, Long.parseLong(m.group(2)));
			}
		}
		return p + String.format("%0" + w + "d", max + 1); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String nextUnit(Studio s, String building, String from) {
		String unit = from == null || from.isBlank() ? "101" : from; //$NON-NLS-1$
		for (int guard = 0; guard < 10_000 && taken(s, building, unit); guard++) {
			unit = bump(unit);
		}
		return unit;
	}

	private static boolean taken(Studio s, String building, String unit) {
		return s.getApartments().stream().anyMatch(a -> String.valueOf(a.getBuilding()).equals(building) && unit.equals(a.getUnit()));
	}

	private static String bump(String unit) {
		Matcher m = CODE.matcher(unit);
		if (m.matches() && m.group(2).length() < 18) {
			return m.group(1) + String.format("%0" + m.group(2).length() + "d", Long.parseLong(m.group(2)) + 1); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return unit + "-2"; //$NON-NLS-1$
	}

	/** Adds the records at the end of the register's list, as one command. */
	static Command add(EditingDomain d, Studio s, Register r, Collection<StudioResource> records, String label) {
		AddCommand c = new AddCommand(d, s, list(r), records);
		c.setLabel(label);
		return c;
	}

	/** What else in the production and studio refers to the records: their bookings, and other references (which forbid the delete). */
	record Uses(List<Booking> bookings, List<EObject> others) {
	}

	/** The bookings of the records and what else refers to them. */
	static Uses uses(Studio s, Collection<StudioResource> records) {
		List<Booking> bookings = new ArrayList<>();
		for (Booking b : s.getBookings()) {
			if (records.contains(b.getResource())) {
				bookings.add(b);
			}
		}
		List<EObject> others = new ArrayList<>();
		Map<EObject, Collection<EStructuralFeature.Setting>> found = s.eResource() != null && s.eResource().getResourceSet() != null
				? EcoreUtil.UsageCrossReferencer.findAll(records, s.eResource().getResourceSet())
				: EcoreUtil.UsageCrossReferencer.findAll(records, s);
		for (Collection<EStructuralFeature.Setting> settings : found.values()) {
			for (EStructuralFeature.Setting st : settings) {
				EObject o = st.getEObject();
				if (!(o instanceof Booking) && !records.contains(o) && !others.contains(o)) {
					others.add(o);
				}
			}
		}
		return new Uses(bookings, others);
	}

	/** Removes the records, and their bookings first, as one command. */
	static Command delete(EditingDomain d, Studio s, Register r, Collection<StudioResource> records, List<Booking> bookings, String label) {
		CompoundCommand c = new CompoundCommand(label);
		if (!bookings.isEmpty()) {
			c.append(new RemoveCommand(d, s, Literals.STUDIO__BOOKINGS, bookings));
		}
		c.append(new RemoveCommand(d, s, list(r), records));
		return c;
	}
}
