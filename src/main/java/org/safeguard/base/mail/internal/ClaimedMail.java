package org.safeguard.base.mail.internal;

/** A mail this sender has claimed, with the number of attempts including the current one. */
public record ClaimedMail(long id, String recipient, String subject, String body, int attempts) {}
