package org.safeguard.statistics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.safeguard.base.i18n.Texts;
import org.safeguard.statistics.Period;
import org.safeguard.statistics.PublishedRow;
import org.safeguard.statistics.PublishedStatistics;
import org.safeguard.statistics.StatisticsCsv;

/**
 * The published statistics of a chosen quarter or year: one row per subject group of each case
 * (the organisation's counting rule), with the CSV and a printable page.
 */
@Route("statistics")
@Menu(title = "nav.statistics", order = 7)
@RolesAllowed({"MANAGER", "AUDITOR"})
public class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    private final PublishedStatistics statistics;
    private final Grid<PublishedRow> grid = new Grid<>(PublishedRow.class, false);
    private final Paragraph totals = new Paragraph();
    private final Anchor download = new Anchor();
    private final Anchor print = new Anchor();

    public StatisticsView(PublishedStatistics statistics, Clock clock) {
        this.statistics = statistics;
        addClassName("statistics-view");
        setSizeFull();
        List<Period> periods = PeriodChoices.quartersAndYears(clock);
        Select<Period> picker = new Select<>();
        picker.setId("statistics-period");
        picker.setLabel(Texts.text("statistics.period"));
        picker.setItems(periods);
        picker.setItemLabelGenerator(Period::label);
        picker.addValueChangeListener(change -> show(change.getValue()));
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(Texts.text("statistics.csv")));
        download.getElement().setAttribute("download", true);
        download.addClassName("statistics-csv");
        print.add(VaadinIcon.PRINT.create(), new Span(Texts.text("statistics.print")));
        print.setTarget(AnchorTarget.BLANK);
        print.addClassName("statistics-print");
        grid.setId("statistics");
        PublishedColumns.all()
                .forEach(column ->
                        grid.addColumn(column::value).setHeader(column.header()).setAutoWidth(true));
        grid.setEmptyStateText(Texts.text("statistics.none"));
        totals.addClassName("statistics-totals");
        HorizontalLayout bar = new HorizontalLayout(picker, download, print);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(Texts.text("nav.statistics")), bar, totals, grid);
        picker.setValue(periods.get(0));
    }

    private void show(Period period) {
        List<PublishedRow> rows = statistics.of(period);
        grid.setItems(rows);
        totals.setText(Texts.text(
                "statistics.totals",
                rows.size(),
                rows.stream().map(PublishedRow::caseReference).distinct().count()));
        StreamResource csv = new StreamResource(
                "statistics-" + period.label() + ".csv", (out, session) -> StatisticsCsv.published(out, period, rows));
        csv.setContentType("text/csv; charset=UTF-8");
        csv.setCacheTime(0);
        download.setHref(csv);
        print.setHref("statistics/print?period=" + period.label());
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.statistics");
    }
}
