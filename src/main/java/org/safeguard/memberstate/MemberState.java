package org.safeguard.memberstate;

import java.util.Locale;

/** A Member State by its ISO 3166-1 alpha-2 code, with its names in the working languages. */
public record MemberState(String code, String nameEn, String nameFr) {

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }
}
