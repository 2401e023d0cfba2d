package org.safeguard.casefile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.safeguard.accountability.RecordedMeasure;
import org.safeguard.base.i18n.Texts;

/** The accountability measures recorded for one subject group: what, the particulars, when and by whom. */
class MeasuresGrid extends Grid<RecordedMeasure> {

    MeasuresGrid(List<RecordedMeasure> measures) {
        super(RecordedMeasure.class, false);
        addClassName("accountability-measures");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(m -> Texts.of(m.kind()))
                .setHeader(Texts.text("caseFile.measureKind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(RecordedMeasure::detail)
                .setHeader(Texts.text("caseFile.detail"))
                .setFlexGrow(1);
        addColumn(m -> Texts.dateTime(m.recordedAt()) + " · " + m.recordedBy())
                .setHeader(Texts.text("caseFile.recorded"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        setItems(measures);
        setAllRowsVisible(true);
    }
}
