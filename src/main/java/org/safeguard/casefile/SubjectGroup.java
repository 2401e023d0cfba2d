package org.safeguard.casefile;

import java.util.List;

/** Subjects of one personnel category and nationality: each Member State is engaged once per group. */
public record SubjectGroup(PersonnelCategory personnelCategory, String nationality, List<String> units) {
}
