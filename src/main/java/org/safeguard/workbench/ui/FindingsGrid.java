package org.safeguard.workbench.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.safeguard.base.i18n.Texts;
import org.safeguard.workbench.ModelFinding;

/**
 * What is wrong with the draft: Safeguard's rules and the engine parser (which block a deployment)
 * and bpmnlint's errors (which block it too) and warnings (which do not). Choosing a row selects
 * its element in the editor.
 */
class FindingsGrid extends Grid<FindingsGrid.Row> {

    record Row(String elementId, String source, String rule, boolean blocking, String message) {}

    FindingsGrid() {
        addClassName("model-findings");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(row -> row.blocking() ? Texts.text("models.error") : Texts.text("models.warning"))
                .setHeader(Texts.text("models.severity"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(Row::elementId).setHeader(Texts.text("models.element")).setAutoWidth(true);
        addColumn(row -> row.source() + " · " + row.rule())
                .setHeader(Texts.text("models.rule"))
                .setAutoWidth(true);
        addColumn(Row::message).setHeader(Texts.text("models.message")).setFlexGrow(3);
        setClassNameGenerator(row -> row.blocking() ? "finding-error" : "finding-warning");
        setItems(List.of());
    }

    void show(List<ModelFinding> rules, List<BpmnEditor.LintIssue> lint) {
        List<Row> rows = new ArrayList<>();
        rules.forEach(f -> rows.add(new Row(f.elementId(), "Safeguard", f.rule(), true, f.message())));
        lint.forEach(i -> rows.add(new Row(i.elementId(), "bpmnlint", i.rule(), i.isError(), i.message())));
        setItems(rows);
    }

    long errorCount() {
        return getListDataView().getItems().filter(Row::blocking).count();
    }

    void onSelect(Consumer<String> elementSelected) {
        addItemClickListener(click -> elementSelected.accept(click.getItem().elementId()));
    }
}
