package org.safeguard.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.safeguard.base.i18n.Texts;
import org.springframework.stereotype.Component;

/**
 * Failures outside navigation (in a click handler, say) show a notification with an incident
 * reference, never a stack trace (failures while navigating show {@link ErrorView}). An expired
 * session reloads the page at once instead of asking: the reload leads to the login page, which
 * returns to the same route after sign-in.
 */
@Component
class UiFailures implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiFailures::notify));
    }

    private static void notify(ErrorEvent error) {
        String reference = Incidents.record(error.getThrowable());
        error.getComponent()
                .flatMap(component -> component.getUI())
                .ifPresent(ui -> ui.access(() -> {
                    Notification notification = Notification.show(
                            Texts.text("error.message", reference), 8000, Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                }));
    }
}
