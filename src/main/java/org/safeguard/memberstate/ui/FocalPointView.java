package org.safeguard.memberstate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.safeguard.base.i18n.Texts;
import org.safeguard.memberstate.MemberStatePortal;
import org.safeguard.memberstate.NotesVerbales;
import org.safeguard.memberstate.PendingEngagement;
import org.safeguard.memberstate.RecordedReply;

/**
 * A focal point's home: their Member State's engagements waiting for its reply, each with its
 * deadlines, the notes verbales to download and a way to reply, and the replies it gave. Only their
 * nationals' subject groups, never victims (see {@link MemberStatePortal}).
 */
@Route("member-state")
@Menu(title = "nav.memberState", order = 5)
@RolesAllowed("FOCAL_POINT")
public class FocalPointView extends VerticalLayout implements HasDynamicTitle {

    private final NotesVerbales notes;

    public FocalPointView(MemberStatePortal portal, NotesVerbales notes) {
        this.notes = notes;
        addClassName("focal-point-view");
        String country =
                portal.memberState().map(state -> state.name(Texts.locale())).orElse("—");
        add(new H2(Texts.text("portal.title", country)), new H3(Texts.text("portal.pending")));
        List<PendingEngagement> pending = portal.pending();
        if (pending.isEmpty()) {
            Paragraph none = new Paragraph(Texts.text("portal.noPending"));
            none.addClassName("no-pending");
            add(none);
        }
        pending.forEach(engagement -> add(withReplyButton(engagement)));
        add(new H3(Texts.text("portal.history")), history(portal.replies()));
    }

    private PendingEngagementCard withReplyButton(PendingEngagement pending) {
        PendingEngagementCard card = new PendingEngagementCard(pending, false);
        long engagementId = pending.engagement().id();
        card.add(new NoteVerbaleDownloads(notes.ofEngagements(List.of(engagementId)), notes));
        Button reply = new Button(
                Texts.text("portal.replyButton"),
                click -> getUI().ifPresent(ui -> ui.navigate(
                        EngagementReplyView.class, new RouteParameters("engagementId", Long.toString(engagementId)))));
        reply.addClassName("reply-to-engagement");
        reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(reply);
        return card;
    }

    private static Grid<RecordedReply> history(List<RecordedReply> replies) {
        Grid<RecordedReply> grid = new Grid<>(RecordedReply.class, false);
        grid.setId("reply-history");
        grid.addColumn(reply -> Texts.dateTime(reply.receivedAt()))
                .setHeader(Texts.text("portal.col.received"))
                .setAutoWidth(true);
        grid.addColumn(RecordedReply::caseReference)
                .setHeader(Texts.text("portal.col.case"))
                .setAutoWidth(true);
        grid.addColumn(reply -> Texts.of(reply.purpose()))
                .setHeader(Texts.text("portal.col.asked"))
                .setAutoWidth(true);
        grid.addColumn(reply -> Texts.of(reply.kind()))
                .setHeader(Texts.text("portal.col.answer"))
                .setAutoWidth(true);
        grid.addColumn(reply -> Objects.toString(reply.investigationOfficerName(), "")
                        + (reply.investigationOfficerContact() == null
                                ? ""
                                : " (" + reply.investigationOfficerContact() + ")"))
                .setHeader(Texts.text("portal.col.officer"))
                .setAutoWidth(true);
        grid.addColumn(reply -> reply.actions().stream()
                        .map(action -> Texts.of(action.kind()) + " " + Texts.date(action.takenOn()))
                        .collect(Collectors.joining(", ")))
                .setHeader(Texts.text("portal.col.actions"))
                .setAutoWidth(true);
        grid.addColumn(reply -> Objects.toString(reply.remark(), ""))
                .setHeader(Texts.text("portal.col.remark"))
                .setFlexGrow(1);
        grid.addColumn(reply -> reply.onBehalf() ? Texts.text("portal.onBehalf") : Texts.text("portal.byFocalPoint"))
                .setHeader(Texts.text("portal.col.recorded"))
                .setAutoWidth(true);
        grid.setItems(replies);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.memberState");
    }
}
