package org.safeguard.victim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A victim as reported at intake. Name, contact and safe-contact notes may be unknown; they are
 * stored encrypted and shown to victims' rights advocates only.
 */
public record NewVictim(
        @Size(max = 200) String name,
        @NotNull AgeGroup ageGroup,
        @NotNull Sex sex,
        @Size(max = 200) String contact,
        @NotNull Boolean consentToAssistance,
        @Size(max = 1000) String safeContactNotes) {

    /** A victim without safe-contact notes. */
    public NewVictim(String name, AgeGroup ageGroup, Sex sex, String contact, Boolean consentToAssistance) {
        this(name, ageGroup, sex, contact, consentToAssistance, null);
    }

    @Override
    public String toString() {
        // Records print every component; a victim's identity must never reach a log line.
        return "NewVictim[ageGroup=" + ageGroup + ", sex=" + sex + "]";
    }
}
