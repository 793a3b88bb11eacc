// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.ShotsFactory;
import org.backlot.model.shots.ShotsPackage;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CompoundCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The diagrams' GEF command stack: every gesture lands on the production's EMF stack as one command, and GEF keeps no history. */
class ForwardingCommandStackTest {
	/** A production open in a domain. */
	record Doc(AdapterFactoryEditingDomain domain, Production production) implements ProductionDocument {
	}

	private AdapterFactoryEditingDomain domain;
	private ForwardingCommandStack gef;
	private ActorMark anna;
	private ActorMark bo;

	@BeforeEach
	void open() {
		domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());
		Production p = ProductionFactory.eINSTANCE.createProduction();
		p.setShotList(ShotsFactory.eINSTANCE.createShotList());
		SetPlan plan = ShotsFactory.eINSTANCE.createSetPlan();
		p.getShotList().getSetPlans().add(plan);
		anna = ShotsFactory.eINSTANCE.createActorMark();
		bo = ShotsFactory.eINSTANCE.createActorMark();
		plan.getMarks().add(anna);
		plan.getMarks().add(bo);
		Doc doc = new Doc(domain, p);
		gef = new ForwardingCommandStack(() -> doc);
	}

	private EmfCommand moveX(ActorMark mark, double x) {
		return new EmfCommand(SetCommand.create(domain, mark, ShotsPackage.Literals.ACTOR_MARK__X, x));
	}

	@Test
	void aCompoundOfEmfCommandsIsOneEmfCommand() {
		CompoundCommand both = new CompoundCommand("Move"); //$NON-NLS-1$
		both.add(moveX(anna, 1));
		both.add(moveX(bo, 2));
		gef.execute(both);
		assertEquals(1, anna.getX(), 1e-9);
		assertEquals(2, bo.getX(), 1e-9);
		assertFalse(gef.canUndo(), "GEF keeps no second history");
		assertEquals(0, gef.getCommands().length);
		assertEquals("Move", domain.getCommandStack().getUndoCommand().getLabel()); //$NON-NLS-1$
		domain.getCommandStack().undo();
		assertEquals(0, anna.getX(), 1e-9);
		assertEquals(0, bo.getX(), 1e-9);
		assertFalse(domain.getCommandStack().canUndo(), "one EMF command for the whole gesture");
	}

	@Test
	void aPlainGefCommandIsRecordedAsOneUndoableChange() {
		gef.execute(new Command("Nudge") { //$NON-NLS-1$
			@Override
			public void execute() {
				anna.setX(3);
			}
		});
		assertEquals(3, anna.getX(), 1e-9);
		assertTrue(domain.getCommandStack().canUndo());
		gef.undo();
		assertEquals(0, anna.getX(), 1e-9, "undo goes to the production's stack");
		gef.redo();
		assertEquals(3, anna.getX(), 1e-9);
	}
}
