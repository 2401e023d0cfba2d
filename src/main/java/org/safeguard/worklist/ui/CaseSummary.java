package org.safeguard.worklist.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.CaseDetails;
import org.safeguard.casefile.SubjectGroup;

/** What a user needs of a case beside its task's form; no victim's identity, no narrative. */
class CaseSummary extends VerticalLayout {

    CaseSummary(CaseDetails details) {
        addClassName("case-summary");
        setPadding(false);
        setSpacing(false);
        add(new H3(details.reference()));
        add(
                line(Texts.text("cases.received"), Texts.dateTime(details.receivedAt())),
                line(Texts.text("cases.entity"), details.entity() + ", " + details.dutyStation()),
                line(Texts.text("cases.allegationType"), Texts.of(details.allegationType())),
                line(Texts.text("cases.status"), Texts.of(details.status())),
                line(
                        Texts.text("tasks.victims"),
                        String.valueOf(details.victims().size())));
        for (SubjectGroup group : details.subjectGroups()) {
            add(line(
                    Texts.text("tasks.subjectGroup"),
                    Texts.of(group.personnelCategory())
                            + (group.nationality() == null ? "" : ", " + group.nationality())));
        }
    }

    private static Div line(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("summary-label");
        return new Div(name, new Span(value));
    }
}
