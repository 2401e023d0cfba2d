package org.safeguard.memberstate;

import java.util.Locale;

/**
 * How a Member State is written to: the language of its notes verbales ({@code en}, {@code fr})
 * and its permanent mission's address on record ({@code missionEmail} null while none is known).
 */
public record MemberStateContact(String code, String noteLanguage, String missionEmail) {

    public Locale locale() {
        return Locale.forLanguageTag(noteLanguage);
    }
}
