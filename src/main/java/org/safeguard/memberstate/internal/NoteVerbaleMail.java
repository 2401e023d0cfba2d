package org.safeguard.memberstate.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.safeguard.admin.Accounts;
import org.safeguard.base.i18n.Translations;
import org.safeguard.base.mail.MailAttachment;
import org.safeguard.base.mail.Outbox;
import org.safeguard.base.mail.OutgoingMail;
import org.safeguard.base.security.Role;
import org.safeguard.memberstate.NoteVerbale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Mails a note verbale, PDF attached, to the permanent mission's address on record and to the
 * Member State's focal points, in the note's language. Queued in the outbox within the
 * transaction that records the step, so the mail exists exactly when the step does.
 */
@Component
public class NoteVerbaleMail {

    private static final Logger log = LoggerFactory.getLogger(NoteVerbaleMail.class);

    private final Outbox outbox;
    private final Accounts accounts;

    NoteVerbaleMail(Outbox outbox, Accounts accounts) {
        this.outbox = outbox;
        this.accounts = accounts;
    }

    public void send(NoteFacts facts, NoteVerbale note, NoteVerbaleContent content, byte[] pdf) {
        Set<String> recipients = new LinkedHashSet<>();
        if (facts.missionEmail() != null && !facts.missionEmail().isBlank()) {
            recipients.add(facts.missionEmail().trim());
        }
        recipients.addAll(accounts.emailsOf(Role.FOCAL_POINT, facts.nationality()));
        if (recipients.isEmpty()) {
            log.info(
                    "Note verbale {} stored; no address on record for Member State {}",
                    note.number(),
                    facts.nationality());
            return;
        }
        Locale language = content.language();
        String subject = Translations.text(language, "noteVerbale.mail.subject", note.number(), facts.caseReference());
        String body = content.deadline() == null
                ? Translations.text(language, "noteVerbale.mail.body", note.number(), facts.caseReference())
                : Translations.text(
                        language,
                        "noteVerbale.mail.bodyWithDeadline",
                        note.number(),
                        facts.caseReference(),
                        content.longDate(content.deadline()));
        outbox.enqueue(new OutgoingMail(
                List.copyOf(recipients), subject, body, List.of(MailAttachment.pdf(note.fileName(), pdf))));
    }
}
