package org.safeguard.base.ui;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in user's notifications, for the shell's bell. A feature implements it; the shell (a
 * shared kernel) may not call a feature itself.
 */
public interface NotificationInbox {

    long unread();

    /** The newest first. */
    List<Item> latest(int limit);

    /** @throws org.safeguard.base.NotFoundException when the notification is not the user's */
    void markRead(long id);

    /**
     * One notification as the bell lists it.
     *
     * @param clockKey the translation key of the clock's name
     * @param breach   whether the clock missed its target (else it passed a warning)
     */
    record Item(long id, String caseReference, String clockKey, boolean breach, Instant targetAt, boolean read) {}
}
