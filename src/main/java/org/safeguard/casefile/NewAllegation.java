package org.safeguard.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safeguard.victim.NewVictim;

/** An allegation as received, from the API or the intake form; the same rules apply to both. */
public record NewAllegation(
        @NotNull Instant receivedAt,
        @NotNull IntakeChannel channel,
        @NotBlank @Size(max = 20) String entity,
        @NotBlank @Size(max = 100) String dutyStation,
        LocalDate incidentDate,
        @NotNull AllegationType allegationType,
        @NotBlank @Size(max = NewAllegation.SUMMARY_MAX) String summary,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid NewSubject> subjects,
        @Size(max = 50) List<@NotNull @Valid NewVictim> victims) {

    public static final int SUMMARY_MAX = 20_000;

    public NewAllegation {
        victims = victims == null ? List.of() : victims;
    }

    @Override
    public String toString() {
        // The narrative and the victims' identities must never reach a log line.
        return "NewAllegation[entity=" + entity + ", allegationType=" + allegationType + ", subjects="
                + (subjects == null ? 0 : subjects.size()) + ", victims=" + victims.size() + "]";
    }
}
