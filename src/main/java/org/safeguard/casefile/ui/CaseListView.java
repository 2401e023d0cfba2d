package org.safeguard.casefile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.CaseOverview;

/** The newest cases first, loaded a page at a time. */
@Route("cases")
@PageTitle("Cases · Safeguard")
@Menu(title = "Cases", order = 1)
@RolesAllowed({"INTAKE", "INVESTIGATOR", "MANAGER", "AUDITOR", "ADMIN"})
public class CaseListView extends VerticalLayout {

    public CaseListView(CaseFiles cases) {
        setSizeFull();
        Grid<CaseOverview> grid = new Grid<>(CaseOverview.class, false);
        grid.addColumn(CaseOverview::reference).setHeader("Reference").setAutoWidth(true);
        grid.addColumn(CaseOverview::receivedAt).setHeader("Received").setAutoWidth(true);
        grid.addColumn(CaseOverview::entity).setHeader("Entity").setAutoWidth(true);
        grid.addColumn(CaseOverview::allegationType).setHeader("Allegation type").setAutoWidth(true);
        grid.addColumn(CaseOverview::status).setHeader("Status").setAutoWidth(true);
        grid.setItems(query -> cases.latest(query.getOffset(), query.getLimit()).stream(), query -> (int) cases.count());
        grid.setSizeFull();
        add(grid);
    }
}
