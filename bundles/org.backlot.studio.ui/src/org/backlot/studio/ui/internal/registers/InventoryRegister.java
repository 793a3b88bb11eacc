// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.backlot.core.api.Languages;
import org.backlot.model.studio.Condition;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage.Literals;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.InventorySearch;
import org.backlot.studio.api.Registers;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/**
 * The costume and prop store: full-text search in Chinese and English (the
 * studio's {@link InventorySearch}, best first), by kind, period and
 * condition; the filters alone list the store in its order.
 */
final class InventoryRegister extends Register {
	private static final List<ItemKind> KINDS = Arrays.stream(ItemKind.values()).filter(k -> k != ItemKind.FIXTURE).toList();
	private Combo kind;
	private Combo period;
	private Combo condition;
	private List<String> periods = List.of();
	private volatile Studio indexed;
	private boolean waiting;

	InventoryRegister() {
		super(Registers.Kind.INVENTORY);
	}

	@Override
	List<Column> columns() {
		return List.of(Column.text(Messages.colCode, 90, InventoryItem.class, InventoryItem::getCode),
				Column.text(Messages.colName, 200, InventoryItem.class, i -> Languages.pick(i.getNameEn(), i.getNameZh())).editable(Languages.chinese() ? Literals.INVENTORY_ITEM__NAME_ZH : Literals.INVENTORY_ITEM__NAME_EN),
				Column.text(Messages.colNameOther, 140, InventoryItem.class, i -> Languages.chinese() ? i.getNameEn() : i.getNameZh())
						.editable(Languages.chinese() ? Literals.INVENTORY_ITEM__NAME_EN : Literals.INVENTORY_ITEM__NAME_ZH),
				Column.text(Messages.colKind, 90, InventoryItem.class, i -> Texts.of("kind", i.getKind())), //$NON-NLS-1$
				Column.text(Messages.colPeriod, 100, InventoryItem.class, InventoryItem::getPeriod).editable(Literals.INVENTORY_ITEM__PERIOD),
				Column.text(Messages.colStyle, 90, InventoryItem.class, InventoryItem::getStyle).editable(Literals.INVENTORY_ITEM__STYLE),
				Column.text(Messages.colSize, 50, InventoryItem.class, InventoryItem::getSize).editable(Literals.INVENTORY_ITEM__SIZE),
				Column.text(Messages.colColour, 70, InventoryItem.class, InventoryItem::getColour).editable(Literals.INVENTORY_ITEM__COLOUR),
				Column.text(Messages.colCondition, 70, InventoryItem.class, i -> Texts.of("condition", i.getCondition())), //$NON-NLS-1$
				Column.number(Messages.colQuantity, 45, InventoryItem.class, InventoryItem::getQuantity, i -> Integer.toString(i.getQuantity())).editable(Literals.INVENTORY_ITEM__QUANTITY),
				Column.text(Messages.colTags, 160, InventoryItem.class, i -> Texts.list(i.getTags())).editable(Literals.INVENTORY_ITEM__TAGS));
	}

	@Override
	void createFilters(Composite bar, Runnable changed) {
		kind = Filters.choice(bar, Messages.anyKind, KINDS.stream().map(k -> Texts.of("kind", k)).toList(), 110, changed); //$NON-NLS-1$
		period = Filters.choice(bar, Messages.anyPeriod, periods, 120, changed);
		condition = Filters.choice(bar, Messages.anyCondition, Arrays.stream(Condition.values()).map(c -> Texts.of("condition", c)).toList(), //$NON-NLS-1$
				100, changed);
	}

	@Override
	void studioChanged(Studio s) {
		Set<String> found = new TreeSet<>();
		for (InventoryItem i : s.getInventory()) {
			if (i.getPeriod() != null && !i.getPeriod().isBlank()) {
				found.add(i.getPeriod());
			}
		}
		List<String> now = List.copyOf(found);
		if (!now.equals(periods)) {
			periods = now;
			Filters.items(period, Messages.anyPeriod, periods);
		}
	}

	@Override
	void clearFilters() {
		kind.select(0);
		period.select(0);
		condition.select(0);
	}

	@Override
	List<InventoryItem> all(Studio s) {
		return s.getInventory();
	}

	/** The query the text and filters make. */
	InventorySearch.Query query(String text) {
		int k = Filters.chosen(kind);
		int p = Filters.chosen(period);
		int c = Filters.chosen(condition);
		return new InventorySearch.Query(text.strip(), k < 0 ? Set.of() : Set.of(KINDS.get(k)), p < 0 ? null : periods.get(p), null, null, null,
				c < 0 ? Set.of() : Set.of(Condition.values()[c]), 0);
	}

	@Override
	List<? extends StudioResource> search(Studio s, String text) {
		InventorySearch.Query q = query(text);
		if (q.text().isEmpty() && q.kinds().isEmpty() && q.period() == null && q.conditions().isEmpty()) {
			return all(s);
		}
		waiting = false;
		if (q.text().isEmpty()) {
			return s.getInventory().stream().filter(i -> (q.kinds().isEmpty() || q.kinds().contains(i.getKind()))
					&& (q.period() == null || q.period().equals(i.getPeriod())) && (q.conditions().isEmpty() || q.conditions().contains(i.getCondition())))
					.toList();
		}
		waiting = indexed != s;
		if (waiting) {
			return List.of();
		}
		InventorySearch search = InventorySearch.of(s);
		int n = search.count(q);
		if (n == 0) {
			return List.of();
		}
		List<InventoryItem> out = new ArrayList<>(n);
		search.search(q.limit(n)).forEach(h -> out.add(h.item()));
		return out;
	}

	/** The studio's full-text index is built: searches with words can run without waiting. */
	void indexed(Studio s) {
		indexed = s;
	}

	@Override
	String waiting() {
		return waiting ? Messages.indexing : null;
	}

	@Override
	boolean holds(StudioResource r) {
		return r instanceof InventoryItem;
	}
}
