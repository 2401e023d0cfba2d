/**
 * The mail outbox: {@link org.safeguard.base.mail.Outbox#enqueue} writes one row per recipient in
 * the caller's transaction, so a mail exists exactly when the change that causes it commits; a
 * scheduled sender delivers the rows over SMTP ({@code spring.mail.*}), retrying with backoff, and
 * marks each sent once. Without a configured host the rows wait.
 */
package org.safeguard.base.mail;
