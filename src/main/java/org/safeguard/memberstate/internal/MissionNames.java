package org.safeguard.memberstate.internal;

import java.util.Locale;
import java.util.Set;

/**
 * "of the Netherlands", "du Canada", "de l'Uruguay": the words that join a Member State's name to
 * "the Permanent Mission", which English and French write differently per country. The rules
 * cover the reference data's names; a formal name entered for a state goes through the same rules.
 */
final class MissionNames {

    private static final Set<String> ENGLISH_WITH_THE =
            Set.of("Bahamas", "Comoros", "Congo", "Gambia", "Maldives", "Netherlands", "Niger", "Philippines", "Sudan");
    private static final Set<String> FRENCH_PLURAL = Set.of(
            "États-Unis",
            "Pays-Bas",
            "Émirats arabes unis",
            "Philippines",
            "Comores",
            "Maldives",
            "Seychelles",
            "Bahamas",
            "Fidji",
            "Îles Marshall",
            "Îles Salomon");
    private static final Set<String> FRENCH_WITHOUT_ARTICLE = Set.of(
            "Cuba",
            "Chypre",
            "Malte",
            "Haïti",
            "Madagascar",
            "Maurice",
            "Singapour",
            "Monaco",
            "Bahreïn",
            "Israël",
            "Oman",
            "Sri Lanka",
            "Nauru",
            "Tuvalu",
            "Kiribati",
            "Samoa",
            "Tonga",
            "Vanuatu",
            "Sainte-Lucie",
            "Saint-Marin",
            "Saint-Kitts-et-Nevis",
            "Saint-Vincent-et-les-Grenadines",
            "Trinité-et-Tobago",
            "Antigua-et-Barbuda",
            "Brunéi Darussalam",
            "Djibouti",
            "Palaos",
            "Andorre");
    private static final Set<String> FRENCH_MASCULINE_IN_E =
            Set.of("Mexique", "Cambodge", "Mozambique", "Zimbabwe", "Belize", "Suriname");

    static String of(String name, Locale language) {
        return "fr".equals(language.getLanguage()) ? french(name) : english(name);
    }

    private static String english(String name) {
        boolean the = ENGLISH_WITH_THE.contains(name)
                || name.startsWith("United ")
                || name.startsWith("Republic")
                || name.startsWith("Democratic ")
                || name.startsWith("Kingdom ")
                || name.startsWith("Federal ")
                || name.startsWith("Central African")
                || name.startsWith("Dominican")
                || name.endsWith("Islands");
        return "of " + (the ? "the " : "") + name;
    }

    private static String french(String name) {
        if (FRENCH_PLURAL.contains(name)) {
            return "des " + name;
        }
        boolean vowel = "AEIOUYÉÈÊÎÏÔÖÛÜ".indexOf(Character.toUpperCase(name.charAt(0))) >= 0 || name.equals("Haïti");
        if (FRENCH_WITHOUT_ARTICLE.contains(name)) {
            return vowel ? "d’" + name : "de " + name;
        }
        if (vowel) {
            return "de l’" + name;
        }
        String firstWord = name.split("[ -]")[0];
        boolean feminine = firstWord.endsWith("e") && !FRENCH_MASCULINE_IN_E.contains(firstWord);
        return (feminine ? "de la " : "du ") + name;
    }

    private MissionNames() {}
}
