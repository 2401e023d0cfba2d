package org.safeguard.casefile.ui;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.SubjectGroup;

/**
 * Subject groups named for the people in them, as a reader of the case file knows them: "Military
 * contingent · Canada · Battalion 3" rather than the group's number.
 */
final class SubjectGroupNames {

    private static final String SEPARATOR = " · ";

    static String of(SubjectGroup group) {
        return Stream.concat(
                        Stream.of(Texts.of(group.personnelCategory()), country(group.nationality())),
                        group.units().stream())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(SEPARATOR));
    }

    /** The country's name in the user's language ("Canada", "Uruguay"); the code if Java knows none. */
    static String country(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        String name = new Locale("", isoCode).getDisplayCountry(Texts.locale());
        return name.isBlank() ? isoCode : name;
    }

    private SubjectGroupNames() {}
}
