package org.safeguard.base.mail;

import java.util.List;

/**
 * A plain-text mail to one or more recipients; each recipient gets a mail of their own. Callers
 * write it in the recipient's language and keep victim data out of it.
 */
public record OutgoingMail(List<String> recipients, String subject, String body, List<MailAttachment> attachments) {

    public OutgoingMail {
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }
}
