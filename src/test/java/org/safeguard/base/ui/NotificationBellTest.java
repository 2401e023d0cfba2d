package org.safeguard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationBellTest {

    static final Instant TARGET = Instant.parse("2027-03-08T09:00:00Z");

    UI ui;
    FakeInbox inbox = new FakeInbox();

    @BeforeEach
    void openPage() {
        ui = new UI();
        ui.setLocale(Locale.ENGLISH);
        UI.setCurrent(ui);
    }

    @AfterEach
    void closePage() {
        UI.setCurrent(null);
    }

    @Test
    void the_bell_counts_the_unread_notifications_and_says_so_to_screen_readers() {
        inbox.items.add(
                new NotificationInbox.Item(2, "SEA-2027-000002", "enum.ClockKind.INVESTIGATION", true, TARGET, false));
        inbox.items.add(new NotificationInbox.Item(
                1, "SEA-2027-000001", "enum.ClockKind.PRELIMINARY_ASSESSMENT", false, TARGET, true));

        NotificationBell bell = new NotificationBell(inbox);

        assertThat(bell.badge.getText()).isEqualTo("1");
        assertThat(bell.badge.isVisible()).isTrue();
        assertThat(bell.button.getAriaLabel()).contains("Notifications, 1 unread");
    }

    @Test
    void the_list_links_each_notification_to_its_case_newest_first() {
        inbox.items.add(
                new NotificationInbox.Item(2, "SEA-2027-000002", "enum.ClockKind.INVESTIGATION", true, TARGET, false));
        inbox.items.add(new NotificationInbox.Item(
                1, "SEA-2027-000001", "enum.ClockKind.PRELIMINARY_ASSESSMENT", false, TARGET, true));

        NotificationBell bell = new NotificationBell(inbox);

        List<Anchor> links = rows(bell).stream()
                .map(row -> (Anchor) row.getChildren().findFirst().orElseThrow())
                .toList();
        assertThat(links).extracting(Anchor::getHref).containsExactly("cases/SEA-2027-000002", "cases/SEA-2027-000001");
        assertThat(links.get(0).getText())
                .isEqualTo("SEA-2027-000002: Investigation target missed its target, 8 Mar 2027, 09:00 UTC");
        assertThat(links.get(1).getText()).startsWith("SEA-2027-000001: Preliminary assessment at risk");
    }

    @Test
    void marking_a_notification_read_clears_the_badge_and_its_button() {
        inbox.items.add(
                new NotificationInbox.Item(7, "SEA-2027-000007", "enum.ClockKind.INVESTIGATION", false, TARGET, false));
        NotificationBell bell = new NotificationBell(inbox);

        markRead(rows(bell).get(0));

        assertThat(inbox.markedRead).containsExactly(7L);
        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(bell.button.getAriaLabel()).contains("Notifications, 0 unread");
        assertThat(rows(bell).get(0).getChildren().filter(Button.class::isInstance))
                .isEmpty();
    }

    @Test
    void without_notifications_the_list_says_so() {
        NotificationBell bell = new NotificationBell(inbox);

        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(bell.list.getElement().getTextRecursively()).isEqualTo("No notifications.");
    }

    private static List<Div> rows(NotificationBell bell) {
        return bell.list
                .getChildren()
                .filter(Div.class::isInstance)
                .map(Div.class::cast)
                .toList();
    }

    private static void markRead(Div row) {
        Component button =
                row.getChildren().filter(Button.class::isInstance).findFirst().orElseThrow();
        ((Button) button).click();
    }

    /** The inbox as the bell sees it: unread items count, marking one read is remembered. */
    static class FakeInbox implements NotificationInbox {

        final List<Item> items = new ArrayList<>();
        final List<Long> markedRead = new ArrayList<>();

        @Override
        public long unread() {
            return items.stream().filter(item -> !item.read()).count();
        }

        @Override
        public List<Item> latest(int limit) {
            return items.stream().limit(limit).toList();
        }

        @Override
        public void markRead(long id) {
            items.replaceAll(item -> item.id() == id
                    ? new Item(item.id(), item.caseReference(), item.clockKey(), item.breach(), item.targetAt(), true)
                    : item);
            markedRead.add(id);
        }
    }
}
