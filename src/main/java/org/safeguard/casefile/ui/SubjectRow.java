package org.safeguard.casefile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.NewSubject;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.memberstate.MemberState;

/** One alleged perpetrator on the intake form: category, nationality and unit. */
class SubjectRow extends HorizontalLayout {

    final ComboBox<PersonnelCategory> category = new ComboBox<>(Texts.text("intake.subject.category"));
    final ComboBox<MemberState> nationality = new ComboBox<>(Texts.text("intake.subject.nationality"));
    final TextField unit = new TextField(Texts.text("intake.subject.unit"));

    SubjectRow(List<MemberState> memberStates, Locale locale, Consumer<SubjectRow> remove) {
        addClassName("subject-row");
        category.setItems(PersonnelCategory.values());
        category.setItemLabelGenerator(Texts::of);
        // The combo box searches the label: typing "Can" or "CA" finds Canada.
        nationality.setItems(memberStates);
        nationality.setItemLabelGenerator(state -> state.name(locale) + " (" + state.code() + ")");
        nationality.setClearButtonVisible(true);
        unit.setMaxLength(100);
        fields().forEach(field -> field.setManualValidation(true));
        category.setRequiredIndicatorVisible(true);
        // Uniformed personnel are their Member State's to act on: their nationality is required.
        category.addValueChangeListener(change -> nationality.setRequiredIndicatorVisible(
                change.getValue() != null && change.getValue().isUniformed()));
        category.addClassName("category");
        nationality.addClassName("nationality");
        unit.addClassName("unit");
        Button removeButton = new Button(Texts.text("intake.remove"), click -> remove.accept(this));
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(category, nationality, unit, removeButton);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    NewSubject subject() {
        return new NewSubject(
                category.getValue(),
                Optional.ofNullable(nationality.getValue())
                        .map(MemberState::code)
                        .orElse(null),
                AllegationForm.blankToNull(unit.getValue()));
    }

    List<HasValidation> fields() {
        return List.of(category, nationality, unit);
    }

    /** The field a violation's property (after {@code subjects[i].}) names. */
    Optional<HasValidation> field(String property) {
        return Optional.ofNullable(
                switch (property) {
                    case "personnelCategory" -> category;
                    case "nationality" -> nationality;
                    case "unit" -> unit;
                    default -> null;
                });
    }
}
