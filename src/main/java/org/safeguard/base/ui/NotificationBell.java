package org.safeguard.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import java.util.List;
import org.safeguard.base.i18n.Texts;

/**
 * The bell in the shell's header: how many deadline notifications the user has not read, and on
 * click the latest of them, each linking to its case and with a button to mark it read. Counted
 * when the page opens and again whenever the list opens.
 */
class NotificationBell extends Composite<Div> {

    static final int SHOWN = 20;

    private final NotificationInbox inbox;
    final Button button = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    final Div list = new Div();

    NotificationBell(NotificationInbox inbox) {
        this.inbox = inbox;
        getContent().addClassName("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.getElement().getThemeList().addAll(List.of("badge", "error", "primary", "small", "pill"));
        badge.addClassName("notification-count");
        button.setSuffixComponent(badge);
        list.addClassName("notification-list");
        Popover popover = new Popover();
        popover.setTarget(button);
        popover.setAriaLabel(Texts.text("notifications.title"));
        // A heading for screen readers that is not an <h2> in the page: the popover's content sits in
        // the DOM even while closed, and the view's own <h2> must stay the page's first.
        Span title = new Span(Texts.text("notifications.title"));
        title.addClassName("notifications-title");
        title.getElement().setAttribute("role", "heading");
        title.getElement().setAttribute("aria-level", "2");
        popover.add(title, list);
        popover.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                refresh();
            }
        });
        getContent().add(button, popover);
        refresh();
    }

    void refresh() {
        long unread = inbox.unread();
        badge.setText(Long.toString(unread));
        badge.setVisible(unread > 0);
        button.setAriaLabel(Texts.text("notifications.bell", unread));
        list.removeAll();
        List<NotificationInbox.Item> items = inbox.latest(SHOWN);
        if (items.isEmpty()) {
            list.add(new Paragraph(Texts.text("notifications.none")));
        }
        items.forEach(item -> list.add(row(item)));
    }

    private Div row(NotificationInbox.Item item) {
        String clock = Texts.text(item.clockKey());
        Anchor link = new Anchor(
                "cases/" + item.caseReference(),
                item.breach()
                        ? Texts.text(
                                "notifications.breach", item.caseReference(), clock, Texts.dateTime(item.targetAt()))
                        : Texts.text(
                                "notifications.warning", item.caseReference(), clock, Texts.dateTime(item.targetAt())));
        Div row = new Div(link);
        row.addClassName(item.read() ? "notification-read" : "notification-unread");
        if (!item.read()) {
            Button read = new Button(Texts.text("notifications.markRead"), click -> {
                inbox.markRead(item.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            row.add(read);
        }
        return row;
    }
}
