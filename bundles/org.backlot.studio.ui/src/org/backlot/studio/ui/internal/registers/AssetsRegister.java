// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.util.Arrays;
import java.util.List;

import org.backlot.core.api.Languages;
import org.backlot.model.studio.AssetKind;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage.Literals;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.Assets;
import org.backlot.studio.api.Registers;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** The base's digital humans and LED-wall environments, by name, person or rights holder and kind. */
final class AssetsRegister extends Register {
	private Combo kind;

	AssetsRegister() {
		super(Registers.Kind.ASSETS);
	}

	@Override
	List<Column> columns() {
		return List.of(Column.text(Messages.colName, 170, DigitalAsset.class, Texts::name).editable(Languages.chinese() ? Literals.DIGITAL_ASSET__NAME_ZH : Literals.DIGITAL_ASSET__NAME),
				Column.text(Messages.colKind, 120, DigitalAsset.class, a -> Texts.of("asset", a.getKind())), //$NON-NLS-1$
				Column.text(Messages.colPerson, 110, DigitalAsset.class, DigitalAsset::getPerson).editable(Literals.DIGITAL_ASSET__PERSON),
				Column.text(Messages.colRightsHolder, 130, DigitalAsset.class, DigitalAsset::getRightsHolder).editable(Literals.DIGITAL_ASSET__RIGHTS_HOLDER),
				Column.number(Messages.colExpires, 100, DigitalAsset.class, a -> a.getExpires() == null ? Long.MAX_VALUE : a.getExpires().getTime(),
						a -> Texts.date(a.getExpires())),
				Column.text(Messages.colUsedBy, 160, DigitalAsset.class, a -> Texts.list(Assets.productions(a))));
	}

	@Override
	void createFilters(Composite bar, Runnable changed) {
		kind = Filters.choice(bar, Messages.anyKind, Arrays.stream(AssetKind.values()).map(k -> Texts.of("asset", k)).toList(), 140, changed); //$NON-NLS-1$
	}

	@Override
	void clearFilters() {
		kind.select(0);
	}

	@Override
	List<DigitalAsset> all(Studio s) {
		return s.getAssets();
	}

	@Override
	List<? extends StudioResource> search(Studio s, String text) {
		int k = Filters.chosen(kind);
		return s.getAssets().stream().filter(a -> (k < 0 || a.getKind() == AssetKind.values()[k])
				&& containsAll(text, a.getName(), a.getNameZh(), a.getPerson(), a.getRightsHolder())).toList();
	}

	@Override
	boolean holds(StudioResource r) {
		return r instanceof DigitalAsset;
	}
}
