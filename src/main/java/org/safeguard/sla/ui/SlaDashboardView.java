package org.safeguard.sla.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.safeguard.base.export.ExportFormat;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.Chart;
import org.safeguard.casefile.UnassignedWork;
import org.safeguard.sla.ClockDimension;
import org.safeguard.sla.ClockState;
import org.safeguard.sla.ClockTally;
import org.safeguard.sla.MilestoneMedian;
import org.safeguard.sla.SlaClockFilter;
import org.safeguard.sla.SlaExports;
import org.safeguard.sla.SlaFigures;
import org.safeguard.sla.WeeklyBreaches;

/**
 * The managers' SLA dashboard: open breaches and at-risk clocks by entity, Member State,
 * allegation type, personnel category and clock, the oldest open breach, breaches per week over
 * the last twelve weeks and the median time to each milestone over the last 90 days. Every count is
 * a link to {@link SlaClockListView} with its filter in the URL; every table downloads as CSV or Excel.
 */
@Route("sla")
@Menu(title = "nav.sla", order = 3)
@RolesAllowed("MANAGER")
public class SlaDashboardView extends VerticalLayout implements HasDynamicTitle {

    static final int TREND_WEEKS = 12;
    static final Duration MEDIAN_PERIOD = Duration.ofDays(90);

    private static final SlaClockFilter OPEN = SlaClockFilter.NONE.open();

    public SlaDashboardView(SlaFigures figures, SlaExports exports, Clock clock, UnassignedWork unassigned) {
        Locale locale = Texts.locale();
        setWidthFull();
        add(new H2(Texts.text("sla.dashboard.title")));
        List<ClockTally> byClock = figures.openBreachesAndRisks(ClockDimension.CLOCK, OPEN);
        add(totals(byClock), unreachableTasks(unassigned), oldestBreach(figures, clock));
        FlexLayout tallies = new FlexLayout();
        tallies.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tallies.addClassName("sla-tallies");
        for (ClockDimension by : ClockDimension.values()) {
            List<ClockTally> rows = by == ClockDimension.CLOCK ? byClock : figures.openBreachesAndRisks(by, OPEN);
            tallies.add(tallyTable(by, rows, exports, locale));
        }
        add(tallies, trend(figures, clock, locale), medians(figures, clock));
    }

    /** All open breaches and at-risk clocks; every open clock has a kind, so the clock tallies add up to them. */
    private HorizontalLayout totals(List<ClockTally> byClock) {
        long breached = byClock.stream().mapToLong(ClockTally::breached).sum();
        long atRisk = byClock.stream().mapToLong(ClockTally::atRisk).sum();
        HorizontalLayout totals = new HorizontalLayout(
                figure(
                        "sla.openBreaches",
                        DrillDown.link(breached, OPEN.withState(ClockState.BREACHED), "total-breached")),
                figure(
                        "sla.atRiskClocks",
                        DrillDown.link(atRisk, OPEN.withState(ClockState.AT_RISK), "total-at-risk")));
        totals.addClassName("sla-totals");
        return totals;
    }

    private static Div figure(String labelKey, RouterLink number) {
        number.addClassName("sla-figure-number");
        Div figure = new Div(number, new Span(Texts.text(labelKey)));
        figure.addClassName("sla-figure");
        figure.getStyle().set("display", "flex").set("gap", "0.3em").set("align-items", "baseline");
        return figure;
    }

    /** Open tasks no one can see or claim, linked to the managers' list of them (its route named: the SLA feature knows no case view). */
    private static Div unreachableTasks(UnassignedWork unassigned) {
        Anchor number = new Anchor("unassigned", String.valueOf(unassigned.unreachable()));
        number.addClassNames("sla-figure-number", "unreachable-tasks");
        Div figure = new Div(number, new Span(Texts.text("sla.unreachableTasks")));
        figure.addClassName("sla-figure");
        figure.getStyle().set("display", "flex").set("gap", "0.3em").set("align-items", "baseline");
        return figure;
    }

    private Div oldestBreach(SlaFigures figures, Clock clock) {
        Div oldest = new Div();
        oldest.addClassName("oldest-breach");
        figures.oldestOpenBreach(OPEN)
                .ifPresentOrElse(
                        breach -> {
                            var reference = DrillDown.caseLink(breach.clock().caseReference());
                            oldest.add(
                                    new Span(Texts.text("sla.oldestBreach") + " "),
                                    reference,
                                    new Span(" · "
                                            + Texts.of(breach.clock().kind()) + " · "
                                            + Texts.text(
                                                    "sla.age",
                                                    breach.age().toDays(),
                                                    breach.age().toHoursPart())));
                        },
                        () -> oldest.add(new Span(Texts.text("sla.noOpenBreach"))));
        return oldest;
    }

    private VerticalLayout tallyTable(ClockDimension by, List<ClockTally> rows, SlaExports exports, Locale locale) {
        Grid<ClockTally> grid = new Grid<>(ClockTally.class, false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(tally -> SlaExports.keyLabel(by, tally.key(), locale))
                .setHeader(Texts.of(by))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addComponentColumn(tally -> number(by, tally, ClockState.BREACHED, tally.breached()))
                .setHeader(Texts.text("sla.breached"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(tally -> number(by, tally, ClockState.AT_RISK, tally.atRisk()))
                .setHeader(Texts.text("sla.atRisk"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setWidth("26rem");
        String name = "tallies-" + by.name().toLowerCase(Locale.ROOT).replace('_', '-');
        HorizontalLayout downloads = new HorizontalLayout(
                Downloads.link(ExportFormat.CSV, "CSV", name, () -> exports.tallies(by, OPEN, locale)),
                Downloads.link(ExportFormat.XLSX, "Excel", name, () -> exports.tallies(by, OPEN, locale)));
        VerticalLayout section = new VerticalLayout(new H3(Texts.of(by)), grid, downloads);
        section.setWidth("auto");
        section.addClassNames(
                "sla-tally", "sla-tally-" + by.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return section;
    }

    /** A count as a link to its clocks; a case that does not know the value cannot be filtered on, so its count is text. */
    private static Component number(ClockDimension by, ClockTally tally, ClockState state, long count) {
        if (tally.key() == null) {
            return new Span(String.valueOf(count));
        }
        return DrillDown.link(
                count,
                OPEN.withState(state).with(by, tally.key()),
                "drill-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private VerticalLayout trend(SlaFigures figures, Clock clock, Locale locale) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate nextMonday = today.plusDays(8 - today.getDayOfWeek().getValue());
        String title = Texts.text("sla.trend");
        List<WeeklyBreaches> weeks =
                figures.breachesPerWeek(nextMonday.minusWeeks(TREND_WEEKS), nextMonday, SlaClockFilter.NONE);
        Chart chart = new Chart();
        chart.addClassName("breach-trend");
        chart.setWidth("48rem");
        chart.show(
                DashboardCharts.breachTrend(weeks, locale, title),
                DashboardCharts.breachTrendText(weeks, locale, title));
        VerticalLayout section = new VerticalLayout(new H3(title), chart);
        section.addClassName("sla-trend");
        return section;
    }

    private VerticalLayout medians(SlaFigures figures, Clock clock) {
        List<MilestoneMedian> medians = figures.medianTimeToMilestone(
                clock.instant().minus(MEDIAN_PERIOD), clock.instant(), SlaClockFilter.NONE);
        Grid<MilestoneMedian> grid = new Grid<>(MilestoneMedian.class, false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(median -> Texts.of(median.kind()))
                .setHeader(Texts.text("sla.column.clock"))
                .setAutoWidth(true);
        grid.addColumn(median -> Texts.text(
                        "sla.age", median.median().toDays(), median.median().toHoursPart()))
                .setHeader(Texts.text("sla.median"))
                .setAutoWidth(true);
        grid.addColumn(MilestoneMedian::clocks)
                .setHeader(Texts.text("sla.medianClocks"))
                .setAutoWidth(true);
        grid.setItems(medians);
        grid.setAllRowsVisible(true);
        grid.setWidth("36rem");
        String title = Texts.text("sla.medians");
        Chart chart = new Chart();
        chart.addClassName("milestone-medians");
        chart.setWidth("36rem");
        chart.show(DashboardCharts.medians(medians, title), DashboardCharts.mediansText(medians, title));
        VerticalLayout section = new VerticalLayout(
                new H3(title), new Paragraph(Texts.text("sla.mediansPeriod", MEDIAN_PERIOD.toDays())), chart, grid);
        section.addClassName("sla-medians");
        return section;
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.sla");
    }
}
