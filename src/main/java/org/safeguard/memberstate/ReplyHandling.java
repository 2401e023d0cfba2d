package org.safeguard.memberstate;

/** What became of a reply: every reply is recorded, only an accepted one moves the engagement. */
public enum ReplyHandling {
    ACCEPTED,
    DUPLICATE,
    LATE
}
