// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.util.List;

import org.backlot.core.api.Languages;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage.Literals;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.Registers;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** The sound stages, by name or number, LED volumes apart. */
final class StagesRegister extends Register {
	private Button led;

	StagesRegister() {
		super(Registers.Kind.STAGES);
	}

	@Override
	List<Column> columns() {
		return List.of(Column.number(Messages.colNumber, 45, Stage.class, Stage::getNumber, s -> Integer.toString(s.getNumber())).editable(Literals.STAGE__NUMBER),
				Column.text(Messages.colName, 160, Stage.class, Texts::name).editable(Languages.chinese() ? Literals.STAGE__NAME_ZH : Literals.STAGE__NAME),
				Column.number(Messages.colArea, 80, Stage.class, Stage::getAreaM2, s -> String.format("%,.0f", s.getAreaM2())).editable(Literals.STAGE__AREA_M2), //$NON-NLS-1$
				Column.number(Messages.colStageHeight, 70, Stage.class, Stage::getHeightM, s -> String.format("%.1f", s.getHeightM())).editable(Literals.STAGE__HEIGHT_M), //$NON-NLS-1$
				Column.text(Messages.colLed, 110, Stage.class,
						s -> s.isLedVolume() ? String.format("%.0f × %.0f m", s.getLedWallWidthM(), s.getLedWallHeightM()) : ""), //$NON-NLS-1$ //$NON-NLS-2$
				Column.number(Messages.colPower, 70, Stage.class, Stage::getPowerKw, s -> String.format("%,.0f", s.getPowerKw())).editable(Literals.STAGE__POWER_KW)); //$NON-NLS-1$
	}

	@Override
	void createFilters(Composite bar, Runnable changed) {
		led = new Button(bar, SWT.CHECK);
		led.setText(Messages.ledOnly);
		led.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		led.addListener(SWT.Selection, e -> changed.run());
	}

	@Override
	void clearFilters() {
		led.setSelection(false);
	}

	@Override
	List<Stage> all(Studio s) {
		return s.getStages();
	}

	@Override
	List<? extends StudioResource> search(Studio s, String text) {
		boolean ledOnly = led.getSelection();
		return s.getStages().stream().filter(st -> (!ledOnly || st.isLedVolume())
				&& containsAll(text, Integer.toString(st.getNumber()), st.getName(), st.getNameZh())).toList();
	}

	@Override
	boolean holds(StudioResource r) {
		return r instanceof Stage;
	}
}
