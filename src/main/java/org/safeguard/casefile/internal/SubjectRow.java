package org.safeguard.casefile.internal;

import org.safeguard.casefile.PersonnelCategory;

/** One subject with its group's key, as the join of {@code subject_group} and {@code subject} reads. */
public record SubjectRow(long groupId, PersonnelCategory personnelCategory, String nationality, String unit) {
}
