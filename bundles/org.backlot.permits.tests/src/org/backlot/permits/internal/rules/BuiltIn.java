// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.rules;

import java.util.List;
import java.util.Map;

import org.backlot.model.permits.AuthorityKind;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.AuthorityDefinition.Scope;
import org.backlot.permits.api.AuthorityRules;

/** Backlot's seven authorities as plugin.xml declares them, for tests outside OSGi (where the registry is empty). */
public final class BuiltIn {
	private BuiltIn() {
	}

	/** All seven, by name as {@code Authorities.all()} sorts them. */
	public static List<AuthorityDefinition> all() {
		return List.of(aviation(), culture(), fire(), parks(), police(), traffic(), urban());
	}

	/** The definition of one kind. */
	public static AuthorityDefinition of(AuthorityKind kind) {
		return all().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
	}

	public static AuthorityDefinition police() {
		return def("org.backlot.permits.police", "Public Security Bureau", "公安局", AuthorityKind.POLICE, 5, Scope.LOCATION, new PoliceRules(),
				Map.of("crowd", "100", "depositPerDay", "1500"));
	}

	public static AuthorityDefinition traffic() {
		return def("org.backlot.permits.traffic", "Traffic Police Brigade", "交警大队", AuthorityKind.TRAFFIC_POLICE, 5, Scope.LOCATION,
				new TrafficPoliceRules(), Map.of("closurePerDay", "2000"));
	}

	public static AuthorityDefinition culture() {
		return def("org.backlot.permits.culture", "Culture and Tourism Bureau", "文化和旅游局", AuthorityKind.CULTURE_TOURISM, 7, Scope.PRODUCTION,
				new CultureTourismRules(), Map.of());
	}

	public static AuthorityDefinition fire() {
		return def("org.backlot.permits.fire", "Fire and Rescue Department", "消防救援支队", AuthorityKind.FIRE, 5, Scope.LOCATION, new FireRules(),
				Map.of("standbyPerDay", "2500"));
	}

	public static AuthorityDefinition urban() {
		return def("org.backlot.permits.urban", "Urban Management Bureau", "城市管理局", AuthorityKind.URBAN_MANAGEMENT, 3, Scope.LOCATION,
				new UrbanManagementRules(), Map.of("nightFrom", "22", "groundPerDay", "500"));
	}

	public static AuthorityDefinition aviation() {
		return def("org.backlot.permits.aviation", "Civil Aviation Authority (drones)", "民航管理部门（无人机）", AuthorityKind.CIVIL_AVIATION, 7,
				Scope.LOCATION, new AviationRules(), Map.of());
	}

	public static AuthorityDefinition parks() {
		return def("org.backlot.permits.parks", "Parks and Landmarks Office", "园林和景区管理处", AuthorityKind.PARKS_LANDMARKS, 5, Scope.LOCATION,
				new ParksRules(), Map.of("sitePerDay", "3000"));
	}

	private static AuthorityDefinition def(String id, String name, String zh, AuthorityKind kind, int lead, Scope scope, AuthorityRules rules,
			Map<String, String> settings) {
		return new AuthorityDefinition(id, "org.backlot.permits", name, zh, kind, lead, 3, scope, name, zh, settings, rules);
	}
}
