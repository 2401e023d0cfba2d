package org.safeguard.base.mail;

/** A file sent with a mail, e.g. a note verbale's PDF. */
public record MailAttachment(String filename, String contentType, byte[] content) {

    public static MailAttachment pdf(String filename, byte[] content) {
        return new MailAttachment(filename, "application/pdf", content);
    }
}
