package org.safeguard.notification.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.safeguard.base.i18n.Languages;
import org.safeguard.base.i18n.Translations;
import org.safeguard.base.mail.OutgoingMail;
import org.safeguard.notification.Threshold;
import org.safeguard.sla.CaseClock;

/**
 * The mail for one crossed threshold, in the recipient's language. It names the case by its
 * reference, the clock and its target, and links to the case; nothing else of the case, and
 * never anything of a victim, which the clock does not even carry.
 */
public final class NotificationMail {

    private NotificationMail() {}

    public static OutgoingMail to(
            String address, Locale language, CaseClock clock, Threshold threshold, String caseLink) {
        Locale locale = Languages.closestTo(language);
        String kind = Translations.text(locale, "enum.ClockKind." + clock.kind().name());
        String target = clock.targetAt() == null ? "" : dateTime(locale, clock.targetAt());
        String subject = threshold.breach()
                ? Translations.text(locale, "notification.mail.breach.subject", clock.caseReference(), kind)
                : Translations.text(locale, "notification.mail.warning.subject", clock.caseReference(), kind);
        String body = threshold.breach()
                ? Translations.text(
                        locale, "notification.mail.breach.body", clock.caseReference(), kind, target, caseLink)
                : Translations.text(
                        locale, "notification.mail.warning.body", clock.caseReference(), kind, target, caseLink);
        return new OutgoingMail(List.of(address), subject, body, List.of());
    }

    private static String dateTime(Locale locale, Instant instant) {
        return DateTimeFormatter.ofPattern(Translations.text(locale, "format.dateTime"), locale)
                .format(instant.atZone(ZoneOffset.UTC));
    }
}
