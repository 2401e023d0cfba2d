package org.safeguard.worklist.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.Entity;
import org.safeguard.worklist.DueState;
import org.safeguard.worklist.SavedFilter;
import org.safeguard.worklist.SavedFilters;
import org.safeguard.worklist.TaskFilter;

/** The task list's filters, and the named filters the user saved or others shared. */
class TaskFilterBar extends VerticalLayout {

    private final List<Entity> entities;
    private final SavedFilters savedFilters;
    private final Consumer<TaskFilter> changed;
    private final ComboBox<Entity> entity = new ComboBox<>();
    private final ComboBox<AllegationType> allegationType = new ComboBox<>();
    private final ComboBox<DueState> state = new ComboBox<>();
    private final TextField text = new TextField();
    private final ComboBox<SavedFilter> saved = new ComboBox<>();
    private boolean loading;

    TaskFilterBar(List<Entity> entities, SavedFilters savedFilters, Consumer<TaskFilter> changed) {
        this.entities = entities;
        this.savedFilters = savedFilters;
        this.changed = changed;
        setPadding(false);
        setSpacing(false);
        // The named filters fold away so the list keeps the height of the screen, and are built
        // (and read) when first unfolded: most visits never do, and each field stays in the session.
        Details named = new Details(Texts.text("tasks.savedFilters"));
        named.addClassName("saved-filters");
        named.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && named.getContent().findAny().isEmpty()) {
                named.add(namedFilters());
            }
        });
        add(criteria(), named);
    }

    private HorizontalLayout criteria() {
        entity.setLabel(Texts.text("cases.entity"));
        entity.addClassName("entity-filter");
        entity.setItems(entities);
        entity.setItemLabelGenerator(Entity::code);
        entity.setClearButtonVisible(true);
        allegationType.setLabel(Texts.text("cases.allegationType"));
        allegationType.setItems(AllegationType.values());
        allegationType.setItemLabelGenerator(Texts::of);
        allegationType.setClearButtonVisible(true);
        state.setLabel(Texts.text("tasks.state"));
        state.setItems(DueState.values());
        state.setItemLabelGenerator(Texts::of);
        state.setClearButtonVisible(true);
        text.setLabel(Texts.text("tasks.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.addClassName("task-search");
        entity.addValueChangeListener(change -> fire());
        allegationType.addValueChangeListener(change -> fire());
        state.addValueChangeListener(change -> fire());
        text.addValueChangeListener(change -> fire());
        HorizontalLayout row = new HorizontalLayout(entity, allegationType, state, text);
        List.<HasSize>of(entity, allegationType, state, text).forEach(field -> field.setWidth("11em"));
        row.setWrap(true);
        return row;
    }

    private HorizontalLayout namedFilters() {
        saved.setLabel(Texts.text("tasks.loadFilter"));
        saved.setItemLabelGenerator(filter ->
                filter.shared() ? Texts.text("tasks.sharedFilter", filter.name(), filter.owner()) : filter.name());
        // Loaded on the list's change event, not on its value: a DOM event makes the browser first
        // send what it holds back, such as a search typed a moment before (sent lazily). Loaded on
        // the value, that search could arrive after the filter and wipe the search the filter set.
        saved.getElement().addEventListener("change", change -> {
            if (saved.getValue() != null) {
                load(saved.getValue().filter());
            }
        });
        reloadSaved();
        TextField name = new TextField(Texts.text("tasks.filterName"));
        name.addClassName("filter-name");
        name.setMaxLength(SavedFilters.NAME_MAX);
        Checkbox shared = new Checkbox(Texts.text("tasks.shareFilter"));
        Button save = new Button(Texts.text("tasks.saveFilter"), click -> {
            try {
                savedFilters.save(name.getValue(), current(), shared.getValue());
            } catch (InvalidInputException refused) {
                name.setErrorMessage(Texts.text("tasks.filterName.required", SavedFilters.NAME_MAX));
                name.setInvalid(true);
                return;
            }
            name.setInvalid(false);
            reloadSaved();
            Notification.show(Texts.text("tasks.filterSaved", name.getValue().strip()));
        });
        HorizontalLayout row = new HorizontalLayout(saved, name, shared, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void reloadSaved() {
        saved.setItems(savedFilters.available());
    }

    private void load(TaskFilter filter) {
        loading = true;
        entity.setValue(entities.stream()
                .filter(e -> e.code().equals(filter.entity()))
                .findFirst()
                .orElse(null));
        allegationType.setValue(filter.allegationType());
        state.setValue(filter.state());
        text.setValue(filter.text() == null ? "" : filter.text());
        loading = false;
        fire();
    }

    private TaskFilter current() {
        return TaskFilter.NONE
                .withEntity(entity.getValue() == null ? null : entity.getValue().code())
                .withAllegationType(allegationType.getValue())
                .withState(state.getValue())
                .withText(text.getValue());
    }

    private void fire() {
        if (!loading) {
            changed.accept(current());
        }
    }
}
