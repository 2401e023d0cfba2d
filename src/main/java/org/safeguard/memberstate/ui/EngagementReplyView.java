package org.safeguard.memberstate.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.i18n.Texts;
import org.safeguard.memberstate.EngagementClosedException;
import org.safeguard.memberstate.EngagementNotAwaitingReplyException;
import org.safeguard.memberstate.MemberStatePortal;
import org.safeguard.memberstate.MemberStateResponses;
import org.safeguard.memberstate.PendingEngagement;

/**
 * One engagement waiting for the focal point's Member State, with the reply form. Any other
 * engagement (another Member State's, a closed one, an unknown id) is not found.
 */
@Route("member-state/engagements/:engagementId")
@RolesAllowed("FOCAL_POINT")
public class EngagementReplyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberStatePortal portal;
    private final MemberStateResponses responses;

    public EngagementReplyView(MemberStatePortal portal, MemberStateResponses responses) {
        this.portal = portal;
        this.responses = responses;
        addClassName("engagement-reply-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("engagementId").orElse("");
        PendingEngagement pending = parse(id).flatMap(portal::pending)
                .orElseThrow(() -> new NotFoundException("Engagement " + id));
        removeAll();
        ReplyForm form = new ReplyForm(pending.engagement().purpose());
        form.onComplete(() -> send(pending.engagement().id(), form));
        add(new H2(Texts.text("portal.replyTitle", pending.engagement().caseReference())),
                new PendingEngagementCard(pending), form);
    }

    private void send(long engagementId, ReplyForm form) {
        try {
            responses.receive(engagementId, form.reply());
        } catch (InvalidInputException refused) {
            form.showViolations(refused.violations());
            return;
        } catch (EngagementNotAwaitingReplyException notNow) {
            Notification.show(switch (notNow.reason()) {
                case NOTE_VERBALE_NOT_SENT -> Texts.text("portal.replyNotAwaited.NOTE_VERBALE_NOT_SENT");
                case INFORMATION_BEING_PROVIDED -> Texts.text("portal.replyNotAwaited.INFORMATION_BEING_PROVIDED");
                case NOT_WAITING -> Texts.text("portal.replyNotAwaited.NOT_WAITING");
            });
            return;
        } catch (EngagementClosedException | NotFoundException gone) {
            Notification.show(Texts.text("portal.replyGone"));
            getUI().ifPresent(ui -> ui.navigate(FocalPointView.class));
            return;
        }
        Notification.show(Texts.text("portal.replySent"));
        getUI().ifPresent(ui -> ui.navigate(FocalPointView.class));
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.memberState");
    }
}
