package org.safeguard.casefile.internal;

import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.casefile.SubjectGroupOutcome;

/** One subject with its group's columns, as the join of {@code subject_group} and {@code subject} reads. */
public record SubjectRow(
        long groupId,
        PersonnelCategory personnelCategory,
        String nationality,
        String unit,
        Boolean breachesStandards,
        SubjectGroupOutcome outcome) {}
