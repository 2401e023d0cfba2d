package org.safeguard.casefile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.Entity;
import org.safeguard.casefile.IntakeChannel;
import org.safeguard.casefile.NewAllegation;
import org.safeguard.memberstate.MemberState;

/**
 * The intake form: reads what the officer typed as a {@link NewAllegation} and shows the
 * service's violations on the fields they name. It knows no service; a refused allegation leaves
 * every value in place. Received is a date and time in UTC, as the case list shows it.
 */
class AllegationForm extends VerticalLayout {

    private static final Pattern ROW_FIELD = Pattern.compile("(subjects|victims)\\[(\\d+)](?:\\.(\\w+))?");

    final DateTimePicker receivedAt = new DateTimePicker(Texts.text("intake.receivedAt"));
    final Select<IntakeChannel> channel = new Select<>();
    final ComboBox<Entity> entity = new ComboBox<>(Texts.text("intake.entity"));
    final TextField dutyStation = new TextField(Texts.text("intake.dutyStation"));
    final DatePicker incidentDate = new DatePicker(Texts.text("intake.incidentDate"));
    final Select<AllegationType> allegationType = new Select<>();
    final TextArea summary = new TextArea(Texts.text("intake.summary"));
    final List<SubjectRow> subjects = new ArrayList<>();
    final List<VictimRow> victims = new ArrayList<>();
    final Span subjectsError = new Span();
    final Span victimsError = new Span();

    private final VerticalLayout subjectRows = new VerticalLayout();
    private final VerticalLayout victimRows = new VerticalLayout();
    private final List<MemberState> memberStates;
    private final Locale locale;

    /**
     * @param entities the entities the officer may register for; the first is chosen
     * @param now      the time the form opens, the default receipt time
     */
    AllegationForm(List<Entity> entities, List<MemberState> memberStates, Locale locale, LocalDateTime now) {
        this.memberStates = memberStates;
        this.locale = locale;
        addClassName("allegation-form");
        setPadding(false);
        receivedAt.setValue(now.withSecond(0).withNano(0));
        channel.setLabel(Texts.text("intake.channel"));
        channel.setItems(IntakeChannel.values());
        channel.setItemLabelGenerator(Texts::of);
        entity.setItems(entities);
        entity.setItemLabelGenerator(e -> e.code() + " · " + e.nameEn());
        entities.stream().findFirst().ifPresent(entity::setValue);
        dutyStation.setMaxLength(100);
        allegationType.setLabel(Texts.text("intake.allegationType"));
        allegationType.setItems(AllegationType.values());
        allegationType.setItemLabelGenerator(Texts::of);
        summary.setMaxLength(NewAllegation.SUMMARY_MAX);
        summary.setMinHeight("8em");
        topLevelFields().forEach(field -> field.setManualValidation(true));
        // Marked before the officer types, so no one learns what is required from a refusal.
        List.<HasValue<?, ?>>of(receivedAt, channel, entity, dutyStation, allegationType, summary)
                .forEach(field -> field.setRequiredIndicatorVisible(true));
        identify();
        FormLayout fields =
                new FormLayout(receivedAt, channel, entity, dutyStation, incidentDate, allegationType, summary);
        fields.setColspan(summary, 2);
        subjectsError.addClassName("rows-error");
        victimsError.addClassName("rows-error");
        Span requiredHint = new Span(Texts.text("intake.requiredHint"));
        requiredHint.addClassName("required-hint");
        add(
                requiredHint,
                fields,
                new H3(Texts.text("intake.subjects")),
                subjectsError,
                subjectRows,
                new Button(Texts.text("intake.subject.add"), click -> addSubject()),
                new H3(Texts.text("intake.victims")),
                victimsError,
                victimRows,
                new Button(Texts.text("intake.victim.add"), click -> addVictim()));
        subjectRows.setPadding(false);
        victimRows.setPadding(false);
        addSubject();
    }

    // Stable ids for browser tests.
    private void identify() {
        receivedAt.setId("intake-received-at");
        channel.setId("intake-channel");
        entity.setId("intake-entity");
        dutyStation.setId("intake-duty-station");
        incidentDate.setId("intake-incident-date");
        allegationType.setId("intake-allegation-type");
        summary.setId("intake-summary");
    }

    SubjectRow addSubject() {
        SubjectRow row = new SubjectRow(memberStates, locale, this::removeSubject);
        subjects.add(row);
        subjectRows.add(row);
        return row;
    }

    VictimRow addVictim() {
        VictimRow row = new VictimRow(this::removeVictim);
        victims.add(row);
        victimRows.add(row);
        return row;
    }

    // Errors name rows by position: once the rows change, the old positions no longer hold.
    private void removeSubject(SubjectRow row) {
        subjects.remove(row);
        subjectRows.remove(row);
        clearViolations();
    }

    private void removeVictim(VictimRow row) {
        victims.remove(row);
        victimRows.remove(row);
        clearViolations();
    }

    /** What the form holds now, as the service takes it; blank text is "not given". */
    NewAllegation allegation() {
        return new NewAllegation(
                receivedAt.getValue() == null ? null : receivedAt.getValue().toInstant(ZoneOffset.UTC),
                channel.getValue(),
                entity.getValue() == null ? null : entity.getValue().code(),
                blankToNull(dutyStation.getValue()),
                incidentDate.getValue(),
                allegationType.getValue(),
                blankToNull(summary.getValue()),
                subjects.stream().map(SubjectRow::subject).toList(),
                victims.stream().map(VictimRow::victim).toList());
    }

    /**
     * Marks the field of each violation with its message, after clearing earlier marks.
     *
     * @return the violations that name no field on the form
     */
    List<Violation> showViolations(List<Violation> violations) {
        clearViolations();
        List<Violation> unplaced = new ArrayList<>();
        for (Violation violation : violations) {
            String message = ViolationTexts.of(violation);
            Optional<HasValidation> field = fieldOf(violation.field());
            if (field.isPresent()) {
                field.get().setErrorMessage(message);
                field.get().setInvalid(true);
            } else if (violation.field().equals("subjects")) {
                subjectsError.setText(message);
            } else if (violation.field().equals("victims")) {
                victimsError.setText(message);
            } else {
                unplaced.add(violation);
            }
        }
        return unplaced;
    }

    void clearViolations() {
        allFields().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        subjectsError.setText("");
        victimsError.setText("");
    }

    /** The field that a violation's path names, such as {@code summary} or {@code subjects[0].nationality}. */
    Optional<HasValidation> fieldOf(String path) {
        Matcher row = ROW_FIELD.matcher(path);
        if (row.matches()) {
            int index = Integer.parseInt(row.group(2));
            String property = row.group(3) == null ? "" : row.group(3);
            if (row.group(1).equals("subjects")) {
                return index < subjects.size() ? subjects.get(index).field(property) : Optional.empty();
            }
            return index < victims.size() ? victims.get(index).field(property) : Optional.empty();
        }
        return Optional.ofNullable(
                switch (path) {
                    case "receivedAt" -> receivedAt;
                    case "channel" -> channel;
                    case "entity" -> entity;
                    case "dutyStation" -> dutyStation;
                    case "incidentDate" -> incidentDate;
                    case "allegationType" -> allegationType;
                    case "summary" -> summary;
                    default -> null;
                });
    }

    private List<HasValidation> topLevelFields() {
        return List.of(receivedAt, channel, entity, dutyStation, incidentDate, allegationType, summary);
    }

    private List<HasValidation> allFields() {
        List<HasValidation> fields = new ArrayList<>(topLevelFields());
        subjects.forEach(row -> fields.addAll(row.fields()));
        victims.forEach(row -> fields.addAll(row.fields()));
        return fields;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
