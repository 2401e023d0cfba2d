package org.safeguard.statistics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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
import java.util.Objects;
import org.safeguard.base.i18n.Texts;
import org.safeguard.statistics.MemberStateScorecard;
import org.safeguard.statistics.Period;
import org.safeguard.statistics.ScorecardLine;
import org.safeguard.statistics.StatisticsCsv;

/** The Member State scorecard of a chosen quarter, one row per Member State notified, with its CSV. */
@Route("scorecard")
@Menu(title = "nav.scorecard", order = 6)
@RolesAllowed({"MANAGER", "AUDITOR"})
public class ScorecardView extends VerticalLayout implements HasDynamicTitle {

    private final MemberStateScorecard scorecard;
    private final Grid<ScorecardLine> grid = new Grid<>(ScorecardLine.class, false);
    private final Anchor download = new Anchor();

    public ScorecardView(MemberStateScorecard scorecard, Clock clock) {
        this.scorecard = scorecard;
        addClassName("scorecard-view");
        setSizeFull();
        List<Period> quarters = PeriodChoices.quarters(clock);
        Select<Period> picker = new Select<>();
        picker.setId("scorecard-quarter");
        picker.setLabel(Texts.text("statistics.quarter"));
        picker.setItems(quarters);
        picker.setItemLabelGenerator(Period::label);
        picker.addValueChangeListener(change -> show(change.getValue()));
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(Texts.text("statistics.csv")));
        download.getElement().setAttribute("download", true);
        download.addClassName("scorecard-csv");
        columns();
        HorizontalLayout bar = new HorizontalLayout(picker, download);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(Texts.text("nav.scorecard")), bar, grid);
        picker.setValue(quarters.get(0));
    }

    private void columns() {
        grid.setId("scorecard");
        boolean french = "fr".equals(Texts.locale().getLanguage());
        grid.addColumn(line -> french ? line.nameFr() : line.nameEn())
                .setHeader(Texts.text("scorecard.memberState"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(ScorecardLine::notificationsSent)
                .setHeader(Texts.text("scorecard.sent"))
                .setAutoWidth(true);
        grid.addColumn(ScorecardLine::replied)
                .setHeader(Texts.text("scorecard.replied"))
                .setAutoWidth(true);
        grid.addColumn(ScorecardLine::repliedOnTime)
                .setHeader(Texts.text("scorecard.onTime"))
                .setAutoWidth(true);
        grid.addColumn(line -> Objects.toString(line.medianReplyDays(), "—"))
                .setHeader(Texts.text("scorecard.medianDays"))
                .setAutoWidth(true);
        grid.addColumn(ScorecardLine::pending)
                .setHeader(Texts.text("scorecard.pending"))
                .setAutoWidth(true);
        grid.addColumn(ScorecardLine::reminded)
                .setHeader(Texts.text("scorecard.reminded"))
                .setAutoWidth(true);
        grid.addColumn(ScorecardLine::escalated)
                .setHeader(Texts.text("scorecard.escalated"))
                .setAutoWidth(true);
        grid.setEmptyStateText(Texts.text("scorecard.none"));
    }

    private void show(Period quarter) {
        List<ScorecardLine> lines = scorecard.of(quarter);
        grid.setItems(lines);
        StreamResource csv = new StreamResource(
                "member-state-scorecard-" + quarter.label() + ".csv",
                (out, session) -> StatisticsCsv.scorecard(out, quarter, lines));
        csv.setContentType("text/csv; charset=UTF-8");
        csv.setCacheTime(0);
        download.setHref(csv);
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.scorecard");
    }
}
