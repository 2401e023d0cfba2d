package org.safeguard.notification.rest;

import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.notification.Notification;
import org.safeguard.notification.Notifications;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own deadline notifications, newest first; someone else's is 404. */
@RestController
@RequestMapping(path = "/api/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
class NotificationController {

    static final int MAX_LIMIT = 200;

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    NotificationPage list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0) {
            throw new InvalidInputException(List.of(new Violation("offset", "must not be negative")));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException(List.of(new Violation("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        return new NotificationPage(
                offset, limit, notifications.countMine(), notifications.unread(), notifications.mine(offset, limit));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id) {
        notifications.markRead(id);
        return ResponseEntity.noContent().build();
    }

    record NotificationPage(int offset, int limit, long total, long unread, List<Notification> notifications) {}
}
