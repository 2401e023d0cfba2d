package org.safeguard.sla.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.export.ExportFormat;
import org.safeguard.base.i18n.Texts;
import org.safeguard.sla.CaseClock;
import org.safeguard.sla.ClockDimension;
import org.safeguard.sla.SlaClockFilter;
import org.safeguard.sla.SlaClockParameters;
import org.safeguard.sla.SlaClocks;
import org.safeguard.sla.SlaExports;

/**
 * The clocks behind a dashboard number, soonest target first, a page at a time: the filter is the
 * URL's query (dimensions only, see {@link SlaClockParameters}), so a drill-down can be bookmarked
 * and shared. Each case reference opens the case; the list downloads as CSV or Excel.
 */
@Route("sla/clocks")
@RolesAllowed("MANAGER")
public class SlaClockListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SlaClocks clocks;
    private final SlaExports exports;

    public SlaClockListView(SlaClocks clocks, SlaExports exports) {
        this.clocks = clocks;
        this.exports = exports;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Map<String, String> parameters = event.getLocation().getQueryParameters().getParameters().entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().get(0)));
        SlaClockFilter filter;
        try {
            filter = SlaClockParameters.parse(parameters);
        } catch (InvalidInputException e) {
            Paragraph invalid = new Paragraph(Texts.text("sla.list.invalidFilter"));
            invalid.addClassName("invalid-filter");
            add(new H2(Texts.text("sla.list.title")), invalid);
            return;
        }
        show(filter);
    }

    private void show(SlaClockFilter filter) {
        Locale locale = Texts.locale();
        long total = clocks.count(filter);
        Paragraph summary = new Paragraph(Texts.text("sla.list.summary", total, describe(filter)));
        summary.addClassName("clock-count");
        summary.getElement().setAttribute("data-count", String.valueOf(total));
        Grid<CaseClock> grid = new Grid<>(CaseClock.class, false);
        grid.setId("sla-clocks");
        List<String> headers = SlaExports.headers(
                List.of(
                        "sla.column.caseReference",
                        "sla.column.clock",
                        "sla.column.state",
                        "sla.column.target",
                        "sla.column.entity",
                        "sla.column.memberState",
                        "sla.column.allegationType",
                        "sla.column.personnelCategory"),
                locale);
        grid.addComponentColumn(clock -> DrillDown.caseLink(clock.caseReference()))
                .setHeader(headers.get(0))
                .setAutoWidth(true);
        for (int column = 1; column < headers.size(); column++) {
            int cell = column;
            grid.addColumn(clock -> SlaExports.clockRow(clock, locale).get(cell))
                    .setHeader(headers.get(column))
                    .setAutoWidth(true);
        }
        grid.setItems(query -> clocks.query(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, clocks.count(filter)));
        grid.setSizeFull();
        HorizontalLayout downloads = new HorizontalLayout(
                Downloads.link(ExportFormat.CSV, "CSV", "sla-clocks", () -> exports.clocks(filter, locale)),
                Downloads.link(ExportFormat.XLSX, "Excel", "sla-clocks", () -> exports.clocks(filter, locale)));
        add(new H2(Texts.text("sla.list.title")), summary, downloads, grid);
    }

    /** The filter in words, e.g. "Breached, open · Entity: MINUSCA". */
    static String describe(SlaClockFilter filter) {
        StringBuilder words = new StringBuilder();
        if (filter.state() != null) {
            words.append(Texts.of(filter.state()));
        }
        if (filter.openOnly()) {
            words.append(words.isEmpty() ? "" : ", ").append(Texts.text("sla.list.open"));
        }
        SlaClockParameters.of(filter).forEach((name, value) -> {
            String label = label(name);
            if (label != null) {
                words.append(words.isEmpty() ? "" : " · ")
                        .append(label)
                        .append(": ")
                        .append(value(name, value));
            }
        });
        return words.isEmpty() ? Texts.text("sla.list.all") : words.toString();
    }

    /** The parameter's label; null for the state and the open flag, which read as words of their own. */
    private static String label(String parameter) {
        return switch (parameter) {
            case SlaClockParameters.CLOCK -> Texts.text("sla.parameter.clock");
            case SlaClockParameters.CASE_REFERENCE -> Texts.text("sla.parameter.caseReference");
            case SlaClockParameters.ENTITY -> Texts.text("sla.parameter.entity");
            case SlaClockParameters.MEMBER_STATE -> Texts.text("sla.parameter.memberState");
            case SlaClockParameters.ALLEGATION_TYPE -> Texts.text("sla.parameter.allegationType");
            case SlaClockParameters.PERSONNEL_CATEGORY -> Texts.text("sla.parameter.personnelCategory");
            default -> null;
        };
    }

    private static String value(String parameter, String value) {
        return switch (parameter) {
            case SlaClockParameters.CLOCK -> SlaExports.keyLabel(ClockDimension.CLOCK, value, Texts.locale());
            case SlaClockParameters.ALLEGATION_TYPE ->
                SlaExports.keyLabel(ClockDimension.ALLEGATION_TYPE, value, Texts.locale());
            case SlaClockParameters.PERSONNEL_CATEGORY ->
                SlaExports.keyLabel(ClockDimension.PERSONNEL_CATEGORY, value, Texts.locale());
            default -> value;
        };
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("sla.list.title");
    }
}
