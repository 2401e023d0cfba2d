package org.safeguard.statistics.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.i18n.Texts;
import org.safeguard.statistics.Period;
import org.safeguard.statistics.PublishedRow;
import org.safeguard.statistics.PublishedStatistics;
import org.springframework.web.util.HtmlUtils;

/**
 * The published statistics of {@code ?period=2026-Q4} as a plain page to print: no navigation, a
 * table with print CSS (landscape, repeated header row), and a button that opens the print dialog.
 */
@Route(value = "statistics/print", autoLayout = false)
@RolesAllowed({"MANAGER", "AUDITOR"})
public class StatisticsPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PRINT_CSS = "@page { size: A4 landscape; margin: 12mm; }"
            + " .statistics-print-page table { border-collapse: collapse; font-size: 10pt; width: 100%; }"
            + " .statistics-print-page th, .statistics-print-page td { border: 1px solid #999; padding: 2px 4px;"
            + " text-align: left; vertical-align: top; }"
            + " .statistics-print-page thead { display: table-header-group; }"
            + " @media screen { .statistics-print-page { padding: 1rem; } }"
            + " @media print { .no-print { display: none; } }";

    private final PublishedStatistics statistics;

    public StatisticsPrintView(PublishedStatistics statistics) {
        this.statistics = statistics;
        addClassName("statistics-print-page");
        // Outside the shell, the page is its own main landmark.
        getElement().setAttribute("role", "main");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String text = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("period")
                .orElse("");
        Period period;
        try {
            period = Period.quarterOrYear("period", text);
        } catch (InvalidInputException e) {
            add(new Paragraph(Texts.text("statistics.badPeriod")));
            return;
        }
        List<PublishedRow> rows = statistics.of(period);
        Button print = new Button(
                Texts.text("statistics.print"),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        add(
                new H1(Texts.text("statistics.printTitle", period.label())),
                new Paragraph(Texts.text(
                        "statistics.totals",
                        rows.size(),
                        rows.stream()
                                .map(PublishedRow::caseReference)
                                .distinct()
                                .count())),
                print,
                new Html("<div><style>" + PRINT_CSS + "</style>" + table(rows) + "</div>"));
    }

    static String table(List<PublishedRow> rows) {
        String header = PublishedColumns.all().stream()
                .map(column -> "<th>" + escape(column.header()) + "</th>")
                .collect(Collectors.joining());
        String body = rows.stream()
                .map(row -> PublishedColumns.all().stream()
                        .map(column -> "<td>" + escape(column.value(row)) + "</td>")
                        .collect(Collectors.joining("", "<tr>", "</tr>")))
                .collect(Collectors.joining());
        return "<table><thead><tr>" + header + "</tr></thead><tbody>" + body + "</tbody></table>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.statistics");
    }
}
