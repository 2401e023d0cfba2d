package org.safeguard.casefile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.safeguard.base.i18n.Texts;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.NewVictim;
import org.safeguard.victim.Sex;

/**
 * One victim on the intake form. Consent to assistance has no default: the officer records the
 * victim's answer, never a pre-ticked one.
 */
class VictimRow extends HorizontalLayout {

    final TextField name = new TextField(Texts.text("intake.victim.name"));
    final Select<AgeGroup> ageGroup = new Select<>();
    final Select<Sex> sex = new Select<>();
    final TextField contact = new TextField(Texts.text("intake.victim.contact"));
    final RadioButtonGroup<Boolean> consent = new RadioButtonGroup<>(Texts.text("intake.victim.consent"));

    VictimRow(Consumer<VictimRow> remove) {
        addClassName("victim-row");
        name.setMaxLength(200);
        contact.setMaxLength(200);
        ageGroup.setLabel(Texts.text("intake.victim.ageGroup"));
        ageGroup.setItems(AgeGroup.values());
        ageGroup.setItemLabelGenerator(Texts::of);
        sex.setLabel(Texts.text("intake.victim.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(Texts::of);
        consent.setItems(true, false);
        consent.setItemLabelGenerator(yes -> yes ? Texts.text("intake.yes") : Texts.text("intake.no"));
        fields().forEach(field -> field.setManualValidation(true));
        List.<HasValue<?, ?>>of(ageGroup, sex, consent).forEach(field -> field.setRequiredIndicatorVisible(true));
        name.addClassName("name");
        ageGroup.addClassName("age-group");
        sex.addClassName("sex");
        contact.addClassName("contact");
        consent.addClassName("consent");
        Button removeButton = new Button(Texts.text("intake.remove"), click -> remove.accept(this));
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(name, ageGroup, sex, contact, consent, removeButton);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    NewVictim victim() {
        return new NewVictim(
                AllegationForm.blankToNull(name.getValue()),
                ageGroup.getValue(),
                sex.getValue(),
                AllegationForm.blankToNull(contact.getValue()),
                consent.getValue());
    }

    List<HasValidation> fields() {
        return List.of(name, ageGroup, sex, contact, consent);
    }

    /** The field a violation's property (after {@code victims[i].}) names. */
    Optional<HasValidation> field(String property) {
        return Optional.ofNullable(
                switch (property) {
                    case "name" -> name;
                    case "ageGroup" -> ageGroup;
                    case "sex" -> sex;
                    case "contact" -> contact;
                    case "consentToAssistance" -> consent;
                    default -> null;
                });
    }
}
