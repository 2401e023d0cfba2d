package org.safeguard.memberstate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Objects;
import java.util.stream.Collectors;
import org.safeguard.base.i18n.Texts;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.LadderRung;
import org.safeguard.memberstate.PendingEngagement;

/**
 * One engagement waiting for the Member State: the case and group it is about, what is asked, when
 * the note verbale went out, when the reply is due and what follows on silence, the steps so far.
 */
class PendingEngagementCard extends VerticalLayout {

    /**
     * @param ownPage whether the card is its page's one subject (its heading follows the page's)
     *                or one of a list under a heading of its own (one level below that)
     */
    PendingEngagementCard(PendingEngagement pending, boolean ownPage) {
        addClassName("pending-engagement");
        getElement().setAttribute("data-case", pending.engagement().caseReference());
        setPadding(false);
        setSpacing(false);
        String title = Texts.text(
                "portal.engagementTitle",
                pending.engagement().caseReference(),
                Texts.of(pending.engagement().purpose()));
        add(ownPage ? new H3(title) : new H4(title));
        FlexLayout facts = new FlexLayout(
                field("portal.entity", pending.entity()),
                field("portal.personnelCategory", category(pending.personnelCategory())),
                field("portal.notified", Texts.dateTime(pending.notifiedAt())));
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.getStyle().set("gap", "var(--lumo-space-xs) var(--lumo-space-l)");
        add(facts, replyDue(pending));
        add(new Span(asked(pending.engagement().purpose())));
        if (pending.ladder().size() > 1) {
            add(field(
                    "portal.ladder",
                    pending.ladder().stream()
                            .skip(1)
                            .map(rung -> Texts.of(rung.rung()) + " " + Texts.dateTime(rung.due()))
                            .collect(Collectors.joining(" · "))));
        }
        add(field(
                "portal.steps",
                pending.steps().stream()
                        .map(step -> Texts.of(step.kind()) + " " + Texts.dateTime(step.occurredAt()))
                        .collect(Collectors.joining(" · "))));
    }

    /** "Reply due by 18 Dec 2026, 09:00 UTC; without a reply by then, a reminder is sent." */
    private static Component replyDue(PendingEngagement pending) {
        Span due = new Span(
                pending.replyDue() == null
                        ? Texts.text("portal.replyDueNone")
                        : Texts.text(
                                "portal.replyDueBy",
                                Texts.dateTime(pending.replyDue()),
                                onSilence(pending.ladder().get(0).rung())));
        due.addClassName("reply-due");
        return due;
    }

    /** What happens when the reply has not come by its date, as the end of a sentence. */
    static String onSilence(LadderRung rung) {
        return switch (rung) {
            case REMINDER -> Texts.text("portal.onSilence.reminder");
            case PERMANENT_REPRESENTATIVE -> Texts.text("portal.onSilence.permanentRepresentative");
            case SENIOR_LEADERSHIP -> Texts.text("portal.onSilence.seniorLeadership");
            case FOLLOW_UP -> Texts.text("portal.onSilence.followUp");
        };
    }

    /** What the Member State is asked, in a sentence. */
    static String asked(EngagementPurpose purpose) {
        return switch (purpose) {
            case NOTIFICATION -> Texts.text("portal.asked.notification");
            case ACTIONS_TAKEN -> Texts.text("portal.asked.actionsTaken");
            case PATERNITY -> Texts.text("portal.asked.paternity");
        };
    }

    private static String category(String code) {
        if (code == null) {
            return "—";
        }
        // The case file's enum, read by its translation key: the engagement knows the category as a code.
        String key = "enum.PersonnelCategory." + code;
        return Texts.text(key);
    }

    private static Span field(String labelKey, String value) {
        Span field = new Span(Texts.text(labelKey) + ": " + Objects.toString(value, "—"));
        field.addClassName("portal-field");
        return field;
    }
}
