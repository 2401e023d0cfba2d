package org.safeguard.victim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A victim as reported at intake. Name and contact may be unknown. */
public record NewVictim(
        @Size(max = 200) String name,
        @NotNull AgeGroup ageGroup,
        @NotNull Sex sex,
        @Size(max = 200) String contact,
        @NotNull Boolean consentToAssistance) {

    @Override
    public String toString() {
        // Records print every component; a victim's identity must never reach a log line.
        return "NewVictim[ageGroup=" + ageGroup + ", sex=" + sex + "]";
    }
}
