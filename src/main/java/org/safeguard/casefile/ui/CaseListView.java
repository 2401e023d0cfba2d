package org.safeguard.casefile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.CaseOverview;

/** The newest cases first, loaded a page at a time. */
@Route("cases")
@Menu(title = "nav.cases", order = 1)
@RolesAllowed({"INTAKE", "INVESTIGATOR", "VRA", "MANAGER", "AUDITOR", "ADMIN"})
public class CaseListView extends VerticalLayout implements HasDynamicTitle {

    public CaseListView(CaseFiles cases) {
        setSizeFull();
        Grid<CaseOverview> grid = new Grid<>(CaseOverview.class, false);
        grid.addColumn(CaseOverview::reference).setHeader(Texts.text("cases.reference")).setAutoWidth(true);
        grid.addColumn(overview -> Texts.dateTime(overview.receivedAt())).setHeader(Texts.text("cases.received"))
                .setAutoWidth(true);
        grid.addColumn(CaseOverview::entity).setHeader(Texts.text("cases.entity")).setAutoWidth(true);
        grid.addColumn(overview -> Texts.of(overview.allegationType())).setHeader(Texts.text("cases.allegationType"))
                .setAutoWidth(true);
        grid.addColumn(overview -> Texts.of(overview.status())).setHeader(Texts.text("cases.status")).setAutoWidth(true);
        grid.setItems(query -> cases.latest(query.getOffset(), query.getLimit()).stream(), query -> (int) cases.count());
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui -> ui.navigate(CaseFileView.class,
                new RouteParameters("reference", click.getItem().reference()))));
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.cases");
    }
}
