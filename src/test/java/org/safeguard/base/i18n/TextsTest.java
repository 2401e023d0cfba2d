package org.safeguard.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.safeguard.casefile.CaseStatus;

/** Outside a UI (as in a form's unit test) texts, enums and dates come in English. */
class TextsTest {

    @Test
    void enum_values_are_looked_up_by_type_and_name() {
        assertThat(Texts.key(CaseStatus.UNDER_ASSESSMENT)).isEqualTo("enum.CaseStatus.UNDER_ASSESSMENT");
        assertThat(Texts.of(CaseStatus.UNDER_ASSESSMENT)).isEqualTo("Under assessment");
    }

    @Test
    void dates_follow_the_language() {
        assertThat(Texts.date(LocalDate.of(2026, 11, 2))).isEqualTo("2 Nov 2026");
        assertThat(Texts.dateTime(Instant.parse("2026-11-20T09:30:00Z"))).isEqualTo("20 Nov 2026, 09:30 UTC");
    }

    @Test
    void french_dates_use_french_month_names() {
        assertThat(Translations.text(Locale.FRENCH, "format.dateTime")).isEqualTo("d MMM yyyy 'à' HH:mm 'UTC'");
    }

    @Test
    void arguments_fill_the_placeholders_and_a_missing_key_shows_itself() {
        assertThat(Texts.text("home.welcome", "Ines")).isEqualTo("Welcome, Ines");
        assertThat(Texts.text("no.such.key")).isEqualTo("!no.such.key!");
    }
}
