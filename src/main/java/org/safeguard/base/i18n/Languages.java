package org.safeguard.base.i18n;

import java.util.List;
import java.util.Locale;

/** The languages Safeguard speaks; English is the fallback for any other. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, FRENCH);

    /** The supported language closest to {@code wanted}: same language whatever the country. */
    public static Locale closestTo(Locale wanted) {
        if (wanted == null) {
            return ENGLISH;
        }
        return SUPPORTED.stream()
                .filter(language -> language.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(ENGLISH);
    }

    /** Whether a language is written right to left (Arabic, Hebrew, Persian, Urdu), for the page's {@code dir}. */
    public static boolean rightToLeft(Locale language) {
        return List.of("ar", "he", "fa", "ur").contains(language.getLanguage());
    }

    /** A language's name in that language, as a language switch shows it ("English", "Français"). */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private Languages() {}
}
