package org.safeguard.casefile.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.CaseFilter;
import org.safeguard.casefile.CaseIntake;
import org.safeguard.casefile.CaseTeams;
import org.safeguard.casefile.IntakeChannel;
import org.safeguard.casefile.NewAllegation;
import org.safeguard.casefile.NewSubject;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.NewVictim;
import org.safeguard.victim.Sex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A few invented cases so a new installation shows something. Demo profile, empty database only. */
@Component
@Profile("demo")
@Order(2)
class DemoCases implements ApplicationRunner {

    private final CaseIntake intake;
    private final CaseFiles cases;
    private final CaseTeams teams;
    private final Clock clock;

    DemoCases(CaseIntake intake, CaseFiles cases, CaseTeams teams, Clock clock) {
        this.intake = intake;
        this.teams = teams;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cases.count(CaseFilter.NONE) > 0) {
            return;
        }
        Instant now = clock.instant();
        List<String> references = allegations(now).stream()
                .map(allegation -> intake.register(allegation, null).reference())
                .toList();
        // The demo investigator works the first two cases; the third has no team, so once assessed it
        // waits for a manager to assign one ("Unassigned work").
        references.subList(0, 2).forEach(reference -> teams.add(reference, "investigator"));
    }

    private static List<NewAllegation> allegations(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        return List.of(
                new NewAllegation(
                        now.minus(Duration.ofDays(3)),
                        IntakeChannel.COMMUNITY_MECHANISM,
                        "MINUSCA",
                        "Bangui",
                        today.minusDays(20),
                        AllegationType.TRANSACTIONAL_SEX,
                        "Demo narrative (invented).",
                        List.of(new NewSubject(PersonnelCategory.MILITARY_CONTINGENT, "CA", "Battalion 3")),
                        List.of(new NewVictim(
                                "Demo Victim One", AgeGroup.CHILD, Sex.FEMALE, "+236 70 00 00 01", true))),
                new NewAllegation(
                        now.minus(Duration.ofDays(1)),
                        IntakeChannel.HOTLINE,
                        "MONUSCO",
                        "Goma",
                        today.minusDays(9),
                        AllegationType.EXPLOITATIVE_RELATIONSHIP,
                        "Demo narrative (invented).",
                        List.of(
                                new NewSubject(PersonnelCategory.MILITARY_CONTINGENT, "UY", "Company B"),
                                new NewSubject(PersonnelCategory.CIVILIAN_STAFF, null, "Logistics")),
                        List.of(new NewVictim(null, AgeGroup.ADULT, Sex.FEMALE, null, true))),
                new NewAllegation(
                        now.minus(Duration.ofHours(5)),
                        IntakeChannel.STAFF_REPORT,
                        "UNMISS",
                        "Juba",
                        null,
                        AllegationType.SEXUAL_ASSAULT,
                        "Demo narrative (invented).",
                        List.of(new NewSubject(PersonnelCategory.INDIVIDUAL_POLICE, "CA", null)),
                        List.of()));
    }
}
