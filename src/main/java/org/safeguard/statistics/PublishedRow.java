package org.safeguard.statistics;

import java.time.YearMonth;
import java.util.List;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Sex;

/**
 * One line of the published statistics: one subject group (a personnel category and nationality)
 * of one case. The case's victims are on every line of the case.
 *
 * @param nationality      ISO code, null where the category has none on record
 * @param investigatingBody who investigates, null before an investigation starts
 * @param outcome          the group's outcome, or the investigation's finding, null while pending
 * @param actionsTaken     measures recorded and actions reported by the Member State, as codes
 * @param paternityClaims  paternity claims engaged with the Member State
 */
public record PublishedRow(
        String caseReference,
        String entity,
        YearMonth received,
        PersonnelCategory personnelCategory,
        String nationality,
        AllegationType allegationType,
        List<VictimCount> victims,
        InvestigationStatus investigationStatus,
        String investigatingBody,
        String outcome,
        List<String> actionsTaken,
        long paternityClaims) {

    public long victims(AgeGroup ageGroup, Sex sex) {
        return victims.stream()
                .filter(v -> v.ageGroup() == ageGroup && v.sex() == sex)
                .mapToLong(VictimCount::count)
                .sum();
    }

    public long victimTotal() {
        return victims.stream().mapToLong(VictimCount::count).sum();
    }
}
