package org.safeguard.casefile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An alleged perpetrator as reported: category, nationality (ISO 3166-1 alpha-2) and unit. */
public record NewSubject(
        @NotNull PersonnelCategory personnelCategory,
        @Size(min = 2, max = 2) String nationality,
        @Size(max = 100) String unit) {}
