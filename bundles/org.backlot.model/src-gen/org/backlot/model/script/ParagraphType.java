/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.script;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Paragraph Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Screenplay element types.
 * <!-- end-model-doc -->
 * @see org.backlot.model.script.ScriptPackage#getParagraphType()
 * @model
 * @generated
 */
public enum ParagraphType implements Enumerator {
	/**
	 * The '<em><b>HEADING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEADING_VALUE
	 * @generated
	 * @ordered
	 */
	HEADING(0, "HEADING", "HEADING"),

	/**
	 * The '<em><b>ACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION_VALUE
	 * @generated
	 * @ordered
	 */
	ACTION(1, "ACTION", "ACTION"),

	/**
	 * The '<em><b>CHARACTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHARACTER_VALUE
	 * @generated
	 * @ordered
	 */
	CHARACTER(2, "CHARACTER", "CHARACTER"),

	/**
	 * The '<em><b>DIALOGUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIALOGUE_VALUE
	 * @generated
	 * @ordered
	 */
	DIALOGUE(3, "DIALOGUE", "DIALOGUE"),

	/**
	 * The '<em><b>PARENTHETICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENTHETICAL_VALUE
	 * @generated
	 * @ordered
	 */
	PARENTHETICAL(4, "PARENTHETICAL", "PARENTHETICAL"),

	/**
	 * The '<em><b>TRANSITION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSITION_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSITION(5, "TRANSITION", "TRANSITION"),

	/**
	 * The '<em><b>SHOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHOT_VALUE
	 * @generated
	 * @ordered
	 */
	SHOT(6, "SHOT", "SHOT"),

	/**
	 * The '<em><b>CENTERED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTERED_VALUE
	 * @generated
	 * @ordered
	 */
	CENTERED(7, "CENTERED", "CENTERED"),

	/**
	 * The '<em><b>LYRIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LYRIC_VALUE
	 * @generated
	 * @ordered
	 */
	LYRIC(8, "LYRIC", "LYRIC"),

	/**
	 * The '<em><b>NOTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTE_VALUE
	 * @generated
	 * @ordered
	 */
	NOTE(9, "NOTE", "NOTE"),

	/**
	 * The '<em><b>SECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECTION_VALUE
	 * @generated
	 * @ordered
	 */
	SECTION(10, "SECTION", "SECTION"),

	/**
	 * The '<em><b>SYNOPSIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNOPSIS_VALUE
	 * @generated
	 * @ordered
	 */
	SYNOPSIS(11, "SYNOPSIS", "SYNOPSIS"),

	/**
	 * The '<em><b>PAGE BREAK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAGE_BREAK_VALUE
	 * @generated
	 * @ordered
	 */
	PAGE_BREAK(12, "PAGE_BREAK", "PAGE_BREAK"),

	/**
	 * The '<em><b>CAST LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAST_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	CAST_LIST(13, "CAST_LIST", "CAST_LIST");

	/**
	 * The '<em><b>HEADING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEADING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEADING_VALUE = 0;

	/**
	 * The '<em><b>ACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTION_VALUE = 1;

	/**
	 * The '<em><b>CHARACTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHARACTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHARACTER_VALUE = 2;

	/**
	 * The '<em><b>DIALOGUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIALOGUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIALOGUE_VALUE = 3;

	/**
	 * The '<em><b>PARENTHETICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENTHETICAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARENTHETICAL_VALUE = 4;

	/**
	 * The '<em><b>TRANSITION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSITION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRANSITION_VALUE = 5;

	/**
	 * The '<em><b>SHOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHOT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHOT_VALUE = 6;

	/**
	 * The '<em><b>CENTERED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTERED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CENTERED_VALUE = 7;

	/**
	 * The '<em><b>LYRIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LYRIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LYRIC_VALUE = 8;

	/**
	 * The '<em><b>NOTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOTE_VALUE = 9;

	/**
	 * The '<em><b>SECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECTION_VALUE = 10;

	/**
	 * The '<em><b>SYNOPSIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNOPSIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SYNOPSIS_VALUE = 11;

	/**
	 * The '<em><b>PAGE BREAK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAGE_BREAK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAGE_BREAK_VALUE = 12;

	/**
	 * The '<em><b>CAST LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAST_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CAST_LIST_VALUE = 13;

	/**
	 * An array of all the '<em><b>Paragraph Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ParagraphType[] VALUES_ARRAY =
		new ParagraphType[] {
			HEADING,
			ACTION,
			CHARACTER,
			DIALOGUE,
			PARENTHETICAL,
			TRANSITION,
			SHOT,
			CENTERED,
			LYRIC,
			NOTE,
			SECTION,
			SYNOPSIS,
			PAGE_BREAK,
			CAST_LIST,
		};

	/**
	 * A public read-only list of all the '<em><b>Paragraph Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ParagraphType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Paragraph Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ParagraphType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ParagraphType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Paragraph Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ParagraphType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ParagraphType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Paragraph Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ParagraphType get(int value) {
		switch (value) {
			case HEADING_VALUE: return HEADING;
			case ACTION_VALUE: return ACTION;
			case CHARACTER_VALUE: return CHARACTER;
			case DIALOGUE_VALUE: return DIALOGUE;
			case PARENTHETICAL_VALUE: return PARENTHETICAL;
			case TRANSITION_VALUE: return TRANSITION;
			case SHOT_VALUE: return SHOT;
			case CENTERED_VALUE: return CENTERED;
			case LYRIC_VALUE: return LYRIC;
			case NOTE_VALUE: return NOTE;
			case SECTION_VALUE: return SECTION;
			case SYNOPSIS_VALUE: return SYNOPSIS;
			case PAGE_BREAK_VALUE: return PAGE_BREAK;
			case CAST_LIST_VALUE: return CAST_LIST;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ParagraphType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ParagraphType
