/**
 * Deadline notifications. {@link org.safeguard.notification.SlaNotifications} scans the open SLA
 * clocks on a schedule, at the application's clock, and tells the assignee when a clock passes a
 * warning, and the assignee and the managers when it misses its target: a mail in the recipient's
 * language through the outbox, and an entry under the bell in the UI. Each (clock, threshold,
 * recipient) is notified once, guaranteed by a unique key written with the mail in one
 * transaction. Mails carry the case reference, the clock and its target, never victim data.
 * {@link org.safeguard.notification.Notifications} lists a user's own and marks them read.
 */
package org.safeguard.notification;
