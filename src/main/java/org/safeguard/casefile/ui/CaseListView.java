package org.safeguard.casefile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import org.safeguard.base.export.CsvWriter;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.CaseFilter;
import org.safeguard.casefile.CaseOverview;
import org.safeguard.casefile.Entities;
import org.safeguard.memberstate.MemberStates;

/**
 * The cases in the user's scope, newest first, loaded a page at a time and narrowed by the
 * filter bar; the download holds the same columns for every case the filter finds.
 */
@Route("cases")
@Menu(title = "nav.cases", order = 1)
@RolesAllowed({"INTAKE", "INVESTIGATOR", "VRA", "MANAGER", "AUDITOR", "ADMIN"})
public class CaseListView extends VerticalLayout implements HasDynamicTitle {

    private final CaseFiles cases;
    private final CaseColumns columns = new CaseColumns(Texts.locale());
    // Read by the download, which runs outside the UI's lock.
    private volatile CaseFilter filter = CaseFilter.NONE;

    public CaseListView(CaseFiles cases, Entities entities, MemberStates memberStates) {
        this.cases = cases;
        setSizeFull();
        Grid<CaseOverview> grid = new Grid<>(CaseOverview.class, false);
        grid.setId("case-list");
        CaseColumns.ALL.forEach(column -> grid.addColumn(overview -> columns.value(column, overview))
                .setHeader(Texts.text(column.header()))
                .setAutoWidth(true));
        grid.setItems(query -> cases.search(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) cases.count(filter));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                CaseFileView.class,
                new RouteParameters("reference", click.getItem().reference()))));
        grid.setSizeFull();
        CaseFilterBar filters = new CaseFilterBar(entities.all(), memberStates.all(), Texts.locale(), changed -> {
            filter = changed;
            grid.getDataProvider().refreshAll();
        });
        add(filters, export(), grid);
    }

    private Anchor export() {
        StreamResource csv = new StreamResource(
                "cases.csv",
                (out, session) -> CsvWriter.write(
                        out,
                        columns.headers(),
                        cases.export(filter).stream().map(columns::cells).toList()));
        csv.setContentType("text/csv; charset=UTF-8");
        csv.setCacheTime(0);
        Anchor download = new Anchor(csv, "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(Texts.text("cases.export")));
        download.getElement().setAttribute("download", true);
        download.addClassName("export-cases");
        return download;
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.cases");
    }
}
