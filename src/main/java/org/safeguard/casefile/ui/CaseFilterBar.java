package org.safeguard.casefile.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.CaseFilter;
import org.safeguard.casefile.CaseStatus;
import org.safeguard.casefile.Entity;
import org.safeguard.memberstate.MemberState;

/** The case list's search fields; tells the list the new {@link CaseFilter} whenever one changes. */
class CaseFilterBar extends HorizontalLayout {

    final TextField reference = new TextField(Texts.text("cases.reference"));
    final ComboBox<Entity> entity = new ComboBox<>(Texts.text("cases.entity"));
    final ComboBox<MemberState> memberState = new ComboBox<>(Texts.text("cases.memberState"));
    final ComboBox<CaseStatus> status = new ComboBox<>(Texts.text("cases.status"));
    final ComboBox<AllegationType> allegationType = new ComboBox<>(Texts.text("cases.allegationType"));
    final DatePicker receivedFrom = new DatePicker(Texts.text("cases.receivedFrom"));
    final DatePicker receivedTo = new DatePicker(Texts.text("cases.receivedTo"));

    CaseFilterBar(List<Entity> entities, List<MemberState> memberStates, Locale locale, Consumer<CaseFilter> changed) {
        addClassName("case-filters");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        reference.setValueChangeMode(ValueChangeMode.LAZY);
        reference.setMaxLength(20);
        reference.setId("cases-filter-reference");
        reference.setClearButtonVisible(true);
        entity.setItems(entities);
        entity.setItemLabelGenerator(Entity::code);
        memberState.setItems(memberStates);
        memberState.setItemLabelGenerator(state -> state.name(locale) + " (" + state.code() + ")");
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(Texts::of);
        allegationType.setItems(AllegationType.values());
        allegationType.setItemLabelGenerator(Texts::of);
        List.of(entity, memberState, status, allegationType).forEach(box -> box.setClearButtonVisible(true));
        receivedFrom.setClearButtonVisible(true);
        receivedTo.setClearButtonVisible(true);
        add(reference, entity, memberState, status, allegationType, receivedFrom, receivedTo);
        reference.addValueChangeListener(change -> changed.accept(filter()));
        entity.addValueChangeListener(change -> changed.accept(filter()));
        memberState.addValueChangeListener(change -> changed.accept(filter()));
        status.addValueChangeListener(change -> changed.accept(filter()));
        allegationType.addValueChangeListener(change -> changed.accept(filter()));
        receivedFrom.addValueChangeListener(change -> changed.accept(filter()));
        receivedTo.addValueChangeListener(change -> changed.accept(filter()));
    }

    CaseFilter filter() {
        return new CaseFilter(
                reference.getValue(),
                entity.getValue() == null ? null : entity.getValue().code(),
                memberState.getValue() == null ? null : memberState.getValue().code(),
                status.getValue(),
                allegationType.getValue(),
                receivedFrom.getValue(),
                receivedTo.getValue());
    }
}
