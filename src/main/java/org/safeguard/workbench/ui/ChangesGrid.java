package org.safeguard.workbench.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.stream.Collectors;
import org.safeguard.base.i18n.Texts;
import org.safeguard.workbench.ModelChange;

/** The draft against the deployed version, element by element. */
class ChangesGrid extends Grid<ModelChange> {

    ChangesGrid() {
        addClassName("model-changes");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(change -> Texts.of(change.kind()))
                .setHeader(Texts.text("models.change"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(ModelChange::elementId)
                .setHeader(Texts.text("models.element"))
                .setAutoWidth(true);
        addColumn(ModelChange::elementType).setHeader(Texts.text("models.type")).setAutoWidth(true);
        addColumn(change -> change.changes().stream()
                        .map(s -> s.name() + ": " + orNone(s.before()) + " → " + orNone(s.after()))
                        .collect(Collectors.joining("; ")))
                .setHeader(Texts.text("models.settings"))
                .setFlexGrow(3);
        setClassNameGenerator(change -> "change-" + change.kind().name().toLowerCase(java.util.Locale.ROOT));
        setItems(List.of());
    }

    void show(List<ModelChange> changes) {
        setItems(changes);
    }

    private static String orNone(String value) {
        return value == null ? "—" : value;
    }
}
