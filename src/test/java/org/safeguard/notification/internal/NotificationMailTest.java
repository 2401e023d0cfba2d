package org.safeguard.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.safeguard.base.mail.OutgoingMail;
import org.safeguard.notification.Threshold;
import org.safeguard.sla.CaseClock;
import org.safeguard.sla.ClockKind;
import org.safeguard.sla.ClockState;

class NotificationMailTest {

    static final Instant TARGET = Instant.parse("2027-03-08T09:00:00Z");
    static final CaseClock CLOCK = new CaseClock(
            "T-42",
            ClockKind.PRELIMINARY_ASSESSMENT,
            "SEA-2027-000012",
            "MINUSCA",
            "CA",
            null,
            null,
            TARGET.minusSeconds(600_000),
            TARGET,
            List.of(TARGET.minusSeconds(100_000)),
            null,
            ClockState.AT_RISK,
            null,
            null,
            "intake",
            null);
    static final String LINK = "https://safeguard.example.org/cases/SEA-2027-000012";

    @Test
    void a_warning_in_english_names_the_case_the_clock_its_target_and_links_to_the_case() {
        OutgoingMail mail = NotificationMail.to(
                "ines@example.org",
                Locale.ENGLISH,
                CLOCK,
                new Threshold("WARNING_1", TARGET.minusSeconds(100_000)),
                LINK);

        assertThat(mail.recipients()).containsExactly("ines@example.org");
        assertThat(mail.subject())
                .isEqualTo("[Safeguard] Deadline at risk: Preliminary assessment, case SEA-2027-000012");
        assertThat(mail.body())
                .contains("is at risk", "8 Mar 2027, 09:00 UTC", LINK)
                .doesNotContain("!notification");
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void a_breach_in_french_is_written_in_french() {
        OutgoingMail mail = NotificationMail.to(
                "ines@example.org", Locale.CANADA_FRENCH, CLOCK, new Threshold(Threshold.BREACH, TARGET), LINK);

        assertThat(mail.subject())
                .isEqualTo("[Safeguard] Échéance dépassée : Évaluation préliminaire, dossier SEA-2027-000012");
        assertThat(mail.body()).contains("est dépassée", "8 mars 2027 à 09:00 UTC", LINK);
    }

    @Test
    void an_unsupported_language_gets_english() {
        OutgoingMail mail = NotificationMail.to(
                "ines@example.org", Locale.GERMAN, CLOCK, new Threshold(Threshold.BREACH, TARGET), LINK);

        assertThat(mail.subject()).startsWith("[Safeguard] Deadline missed: Preliminary assessment");
    }
}
