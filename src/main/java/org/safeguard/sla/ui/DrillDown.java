package org.safeguard.sla.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.safeguard.sla.SlaClockFilter;
import org.safeguard.sla.SlaClockParameters;

/** Links from a number to the clocks behind it, and from a clock to its case. */
final class DrillDown {

    /** The case view's route; named, not imported, since the SLA feature does not depend on the case views. */
    static final String CASE_ROUTE = "cases/";

    static RouterLink link(long count, SlaClockFilter filter, String className) {
        RouterLink link = new RouterLink(String.valueOf(count), SlaClockListView.class);
        link.setQueryParameters(QueryParameters.simple(SlaClockParameters.of(filter)));
        link.addClassNames("drill-down", className);
        return link;
    }

    static Anchor caseLink(String reference) {
        Anchor link = new Anchor(CASE_ROUTE + reference, reference);
        link.addClassName("case-link");
        return link;
    }

    private DrillDown() {}
}
