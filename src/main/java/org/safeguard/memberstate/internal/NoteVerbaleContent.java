package org.safeguard.memberstate.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguard.base.i18n.Translations;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.EngagementStepKind;

/**
 * What one note verbale says, as the values its template reads: the number, the dates in the
 * note's language, the Member State, and the case by its reference and codes. Nothing else of the
 * case reaches it: no victim data, no names of the personnel concerned.
 *
 * @param deadline   when the Member State is asked to act by; null when the step asks for nothing by a date
 * @param firstNumber the engagement's first note, which later steps refer to; null for the first one
 */
public record NoteVerbaleContent(
        String number,
        Locale language,
        Instant date,
        String memberState,
        String caseReference,
        String personnelCategory,
        String entity,
        EngagementPurpose purpose,
        EngagementStepKind kind,
        Instant deadline,
        String firstNumber,
        Instant firstDate) {

    /** The steps of a ladder that send a note verbale. */
    public static final List<EngagementStepKind> NOTE_STEPS = List.of(
            EngagementStepKind.NOTE_VERBALE_SENT,
            EngagementStepKind.REMINDER,
            EngagementStepKind.ESCALATION_PERMANENT_REPRESENTATIVE,
            EngagementStepKind.ESCALATION_SENIOR_LEADERSHIP,
            EngagementStepKind.FOLLOW_UP);

    public Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        values.put("number", number);
        values.put("date", longDate(date));
        values.put("memberState", memberState);
        values.put("missionOf", MissionNames.of(memberState, language));
        values.put("caseReference", caseReference);
        values.put(
                "personnelCategory",
                personnelCategory == null
                        ? Translations.text(language, "noteVerbale.personnelCategory.notStated")
                        : Translations.text(language, "enum.PersonnelCategory." + personnelCategory));
        values.put("entity", entity == null ? "" : entity);
        values.put("deadline", deadline == null ? "" : longDate(deadline));
        values.put("hasDeadline", deadline != null);
        values.put("firstNumber", firstNumber == null ? number : firstNumber);
        values.put("firstDate", longDate(firstDate == null ? date : firstDate));
        values.put("hasFirstNote", firstNumber != null);
        values.put("notification", kind == EngagementStepKind.NOTE_VERBALE_SENT);
        values.put("reminder", kind == EngagementStepKind.REMINDER);
        values.put("escalation", kind == EngagementStepKind.ESCALATION_PERMANENT_REPRESENTATIVE);
        values.put("seniorEscalation", kind == EngagementStepKind.ESCALATION_SENIOR_LEADERSHIP);
        values.put("followUp", kind == EngagementStepKind.FOLLOW_UP);
        values.put("purposeNotification", purpose == EngagementPurpose.NOTIFICATION);
        values.put("purposeActionsTaken", purpose == EngagementPurpose.ACTIONS_TAKEN);
        values.put("purposePaternity", purpose == EngagementPurpose.PATERNITY);
        return values;
    }

    /** "2 December 2026", "2 décembre 2026", "1er décembre 2026". */
    public String longDate(Instant instant) {
        LocalDate day = instant.atZone(ZoneOffset.UTC).toLocalDate();
        boolean french = "fr".equals(language.getLanguage());
        if (french && day.getDayOfMonth() == 1) {
            return "1er " + DateTimeFormatter.ofPattern("MMMM yyyy", language).format(day);
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(day);
    }

    /** One note of every step and purpose, with made-up facts: what a new template must render. */
    public static List<NoteVerbaleContent> samples(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Instant first = Instant.parse("2026-11-02T09:00:00Z");
        List<NoteVerbaleContent> samples = new ArrayList<>();
        for (EngagementPurpose purpose : EngagementPurpose.values()) {
            for (EngagementStepKind kind : NOTE_STEPS) {
                boolean isFirst = kind == EngagementStepKind.NOTE_VERBALE_SENT;
                samples.add(new NoteVerbaleContent(
                        "SG/NV/2026/000999",
                        locale,
                        Instant.parse("2026-11-30T09:00:00Z"),
                        "Uruguay",
                        "SEA-2026-000999",
                        "MILITARY_CONTINGENT",
                        "MINUSCA",
                        purpose,
                        kind,
                        kind == EngagementStepKind.ESCALATION_SENIOR_LEADERSHIP
                                ? null
                                : Instant.parse("2026-12-14T09:00:00Z"),
                        isFirst ? null : "SG/NV/2026/000998",
                        isFirst ? null : first));
            }
        }
        return samples;
    }
}
