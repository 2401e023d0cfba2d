package org.safeguard.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.NewVictim;
import org.safeguard.victim.Sex;

/** Builds allegations for tests, starting from the intake API's example. */
public final class Allegations {

    private Instant receivedAt = Instant.parse("2026-11-20T09:30:00Z");
    private LocalDate incidentDate = LocalDate.parse("2026-11-02");
    private String entity = "MINUSCA";
    private final List<NewSubject> subjects =
            new ArrayList<>(List.of(new NewSubject(PersonnelCategory.MILITARY_CONTINGENT, "CA", "Battalion 3")));
    private final List<NewVictim> victims = new ArrayList<>(
            List.of(new NewVictim("Jane Example", AgeGroup.ADULT, Sex.FEMALE, "+236 70 00 00 00", true)));

    public static Allegations anAllegation() {
        return new Allegations();
    }

    public Allegations receivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
        return this;
    }

    public Allegations incidentOn(LocalDate incidentDate) {
        this.incidentDate = incidentDate;
        return this;
    }

    public Allegations against(String entity) {
        this.entity = entity;
        return this;
    }

    public Allegations withSubject(PersonnelCategory category, String nationality) {
        subjects.add(new NewSubject(category, nationality, null));
        return this;
    }

    public Allegations withOnlySubject(PersonnelCategory category, String nationality) {
        subjects.clear();
        return withSubject(category, nationality);
    }

    public Allegations withChildVictim() {
        victims.add(new NewVictim("Child Example", AgeGroup.CHILD, Sex.FEMALE, null, true));
        return this;
    }

    public NewAllegation build() {
        return new NewAllegation(
                receivedAt,
                IntakeChannel.HOTLINE,
                entity,
                "Bangui",
                incidentDate,
                AllegationType.TRANSACTIONAL_SEX,
                "narrative as reported",
                List.copyOf(subjects),
                List.copyOf(victims));
    }
}
