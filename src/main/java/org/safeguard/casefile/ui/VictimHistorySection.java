package org.safeguard.casefile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.safeguard.base.i18n.Texts;
import org.safeguard.victim.ConsentRecord;
import org.safeguard.victim.NeedsRecord;
import org.safeguard.victim.VictimHistory;

/**
 * A victim's consent and needs as the advocates recorded them, each answer and assessment with
 * who recorded it and when, newest first: the advocate's own record of the victim's track, on the
 * case file. Built only from a {@link VictimHistory}, which only advocates get.
 */
class VictimHistorySection extends VerticalLayout {

    VictimHistorySection(VictimHistory history) {
        setPadding(false);
        setSpacing(false);
        addClassName("victim-history");
        add(new H5(Texts.text("victimHistory.consents")));
        add(
                history.consents().isEmpty()
                        ? new Paragraph(Texts.text("victimHistory.noConsent"))
                        : consents(history.consents()));
        add(new H5(Texts.text("victimHistory.needs")));
        add(history.needs().isEmpty() ? new Paragraph(Texts.text("victimHistory.noNeeds")) : needs(history.needs()));
    }

    private static Grid<ConsentRecord> consents(List<ConsentRecord> records) {
        Grid<ConsentRecord> grid = new Grid<>(ConsentRecord.class, false);
        grid.addColumn(record -> Texts.of(record.scope()))
                .setHeader(Texts.text("victimHistory.scope"))
                .setAutoWidth(true);
        grid.addColumn(record ->
                        record.given() ? Texts.text("victimHistory.given") : Texts.text("victimHistory.refused"))
                .setHeader(Texts.text("victimHistory.answer"))
                .setAutoWidth(true);
        grid.addColumn(record -> Texts.of(record.givenBy()))
                .setHeader(Texts.text("victimHistory.givenBy"))
                .setAutoWidth(true);
        grid.addColumn(record -> recorded(record))
                .setHeader(Texts.text("victimHistory.recorded"))
                .setAutoWidth(true);
        grid.addColumn(record -> record.withdrawnAt() == null
                        ? ""
                        : Texts.text(
                                "victimHistory.at", Texts.dateTime(record.withdrawnAt()), who(record.withdrawnBy())))
                .setHeader(Texts.text("victimHistory.withdrawn"))
                .setAutoWidth(true);
        grid.setItems(records);
        grid.setAllRowsVisible(true);
        grid.addClassName("consent-history");
        return grid;
    }

    private static Grid<NeedsRecord> needs(List<NeedsRecord> records) {
        Grid<NeedsRecord> grid = new Grid<>(NeedsRecord.class, false);
        grid.addColumn(record -> record.needs().isEmpty()
                        ? Texts.text("victimHistory.noNeedFound")
                        : record.needs().stream().map(Texts::of).collect(Collectors.joining(", ")))
                .setHeader(Texts.text("victimHistory.needsFound"))
                .setFlexGrow(1);
        grid.addColumn(record ->
                        Texts.text("victimHistory.at", Texts.dateTime(record.assessedAt()), who(record.assessedBy())))
                .setHeader(Texts.text("victimHistory.assessed"))
                .setAutoWidth(true);
        grid.setItems(records);
        grid.setAllRowsVisible(true);
        grid.addClassName("needs-history");
        return grid;
    }

    private static String recorded(ConsentRecord record) {
        return Texts.text("victimHistory.at", Texts.dateTime(record.recordedAt()), who(record.recordedBy()));
    }

    // Answers recorded before Safeguard kept who recorded them name nobody.
    private static String who(String username) {
        return Objects.requireNonNullElse(username, "—");
    }
}
