package org.safeguard.casefile;

import java.util.List;

/**
 * Subjects of one personnel category and nationality: each Member State is engaged once per group.
 * {@code breachesStandards} is null until the preliminary assessment, {@code outcome} until the
 * group's branch of the lifecycle ends.
 */
public record SubjectGroup(
        long id,
        PersonnelCategory personnelCategory,
        String nationality,
        List<String> units,
        Boolean breachesStandards,
        SubjectGroupOutcome outcome) {}
