package org.safeguard.memberstate.ui;

import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.i18n.Texts;
import org.safeguard.memberstate.EngagementClosedException;
import org.safeguard.memberstate.EngagementNotAwaitingReplyException;
import org.safeguard.memberstate.MemberStatePortal;
import org.safeguard.memberstate.MemberStateResponses;
import org.safeguard.memberstate.NotesVerbales;
import org.safeguard.memberstate.PendingEngagement;

/**
 * One engagement waiting for the focal point's Member State, with the notes verbales it answers
 * (to download), the reply form and the way back to the portal. Any other engagement (another
 * Member State's, a closed one, an unknown id) is not found.
 */
@Route("member-state/engagements/:engagementId")
@RolesAllowed("FOCAL_POINT")
// The production bundle loads a component's web component only with a view that names it.
@Uses(TextArea.class)
public class EngagementReplyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberStatePortal portal;
    private final MemberStateResponses responses;
    private final NotesVerbales notes;

    public EngagementReplyView(MemberStatePortal portal, MemberStateResponses responses, NotesVerbales notes) {
        this.portal = portal;
        this.responses = responses;
        this.notes = notes;
        addClassName("engagement-reply-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("engagementId").orElse("");
        PendingEngagement pending =
                parse(id).flatMap(portal::pending).orElseThrow(() -> new NotFoundException("Engagement " + id));
        removeAll();
        long engagementId = pending.engagement().id();
        ReplyForm form = new ReplyForm(pending.engagement().purpose());
        form.onComplete(() -> send(engagementId, form));
        RouterLink back = new RouterLink(Texts.text("portal.back"), FocalPointView.class);
        back.addClassName("back-to-portal");
        PendingEngagementCard card = new PendingEngagementCard(pending, true);
        card.add(new NoteVerbaleDownloads(notes.ofEngagements(List.of(engagementId)), notes));
        add(back, new H2(Texts.text("portal.replyTitle", pending.engagement().caseReference())), card, form);
    }

    private void send(long engagementId, ReplyForm form) {
        try {
            responses.receive(engagementId, form.reply());
        } catch (InvalidInputException refused) {
            form.showViolations(refused.violations());
            return;
        } catch (EngagementNotAwaitingReplyException notNow) {
            Notification.show(
                    switch (notNow.reason()) {
                        case NOTE_VERBALE_NOT_SENT -> Texts.text("portal.replyNotAwaited.NOTE_VERBALE_NOT_SENT");
                        case INFORMATION_BEING_PROVIDED ->
                            Texts.text("portal.replyNotAwaited.INFORMATION_BEING_PROVIDED");
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
