package org.safeguard.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.CaseStatus;
import org.safeguard.casefile.Entities;
import org.safeguard.casefile.IntakeChannel;
import org.safeguard.casefile.NewSubject;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.casefile.SubjectGroup;
import org.safeguard.casefile.SubjectGroupOutcome;
import org.safeguard.memberstate.MemberStates;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.NewVictim;
import org.safeguard.victim.Sex;
import org.safeguard.victim.VictimIdentity;
import org.safeguard.victim.Victims;
import org.safeguard.victim.internal.VictimMapper;
import org.safeguard.victim.internal.VictimRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

/** What the mappers write reads back unchanged, on H2 and on MariaDB. Each test rolls back. */
@SafeguardIntegrationTest
@Transactional
class CaseRecordRoundTripIT {

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    CaseMapper cases;

    @Autowired
    SubjectGroups subjectGroups;

    @Autowired
    SubjectGroupMapper subjectGroupRows;

    @Autowired
    Victims victims;

    @Autowired
    VictimMapper victimRows;

    @Autowired
    MemberStates memberStates;

    @Autowired
    Entities entities;

    @Autowired
    Accounts accounts;

    @Test
    void a_case_row_reads_back_field_for_field() {
        CaseRow row = aCaseRow(cases.nextId());
        cases.insert(row);

        assertThat(cases.findByReference(row.reference())).isEqualTo(row);
    }

    @Test
    void case_numbers_from_the_sequence_never_repeat() {
        long first = cases.nextId();
        long second = cases.nextId();

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void the_status_moves_and_stays_moved() {
        CaseRow row = aCaseRow(cases.nextId());
        cases.insert(row);

        cases.updateStatus(row.reference(), CaseStatus.UNDER_ASSESSMENT);

        assertThat(cases.findByReference(row.reference()).status()).isEqualTo(CaseStatus.UNDER_ASSESSMENT);
    }

    @Test
    void subject_groups_read_back_with_their_units_in_order() {
        CaseRow row = aCaseRow(cases.nextId());
        cases.insert(row);

        subjectGroups.record(
                row.id(),
                List.of(
                        new NewSubject(PersonnelCategory.FORMED_POLICE_UNIT, "UY", "FPU 1"),
                        new NewSubject(PersonnelCategory.CIVILIAN_STAFF, null, null),
                        new NewSubject(PersonnelCategory.FORMED_POLICE_UNIT, "UY", "FPU 2")));

        assertThat(subjectGroups.ofCase(row.id()))
                .extracting(SubjectGroup::personnelCategory, SubjectGroup::nationality, SubjectGroup::units)
                .containsExactly(
                        tuple(PersonnelCategory.FORMED_POLICE_UNIT, "UY", List.of("FPU 1", "FPU 2")),
                        tuple(PersonnelCategory.CIVILIAN_STAFF, null, List.of()));
    }

    @Test
    void a_subject_group_keeps_its_assessment_and_outcome() {
        CaseRow row = aCaseRow(cases.nextId());
        cases.insert(row);
        subjectGroups.record(row.id(), List.of(new NewSubject(PersonnelCategory.VOLUNTEER, null, null)));
        long id = subjectGroups.ofCase(row.id()).get(0).id();

        subjectGroupRows.recordAssessment(id, false, "Consensual relationship between adults, no exchange");
        subjectGroupRows.recordOutcome(id, SubjectGroupOutcome.NO_BREACH_OF_STANDARDS);

        assertThat(subjectGroups.find(id)).hasValueSatisfying(group -> {
            assertThat(group.breachesStandards()).isFalse();
            assertThat(group.outcome()).isEqualTo(SubjectGroupOutcome.NO_BREACH_OF_STANDARDS);
        });
    }

    @Test
    void a_victim_keeps_name_and_contact_apart_from_the_summary_everyone_sees() {
        CaseRow row = aCaseRow(cases.nextId());
        cases.insert(row);

        var summaries = victims.register(
                row.id(), List.of(new NewVictim("Zoë Ñandú", AgeGroup.CHILD, Sex.FEMALE, "+236 70 00", true)));

        VictimRow stored = victimRows.findByCase(row.id()).get(0);
        // Ciphertext is random: look for the plain text in its bytes, not for short strings in its Base64.
        assertThat(plainBytesOf(stored.name())).doesNotContain("Zoë").doesNotContain("Ñandú");
        assertThat(plainBytesOf(stored.contact())).doesNotContain("+236 70");
        try (SignedIn advocate = SignedIn.as(contexts, "vra", Role.VRA)) {
            assertThat(victims.identity(stored.id())).isEqualTo(new VictimIdentity("Zoë Ñandú", "+236 70 00", null));
        }
        assertThat(stored.summary()).isEqualTo(summaries.get(0));
        assertThat(victims.ofCase(row.id())).containsExactly(summaries.get(0));
    }

    @Test
    void the_193_member_states_are_there_with_french_names() {
        assertThat(memberStates.all()).hasSize(193);
        assertThat(memberStates.find("CI"))
                .hasValueSatisfying(ci -> assertThat(ci.nameFr()).isEqualTo("Côte d’Ivoire"));
        assertThat(memberStates.isMemberState("TW")).isFalse();
    }

    @Test
    void the_entities_include_the_missions() {
        assertThat(entities.exists("MINUSCA")).isTrue();
        assertThat(entities.all()).hasSizeGreaterThanOrEqualTo(29);
    }

    @Test
    void an_account_reads_back_with_its_roles_and_a_hashed_password() {
        accounts.create(new Account("roundtrip", "Round Trip", "UY", Set.of(Role.FOCAL_POINT, Role.AUDITOR)), "s3cret");

        assertThat(accounts.find("roundtrip"))
                .hasValue(new Account("roundtrip", "Round Trip", "UY", Set.of(Role.FOCAL_POINT, Role.AUDITOR)));
        assertThat(accounts.loadUserByUsername("roundtrip").getPassword())
                .startsWith("{bcrypt}")
                .doesNotContain("s3cret");
    }

    @Test
    void signing_in_reads_every_role_of_the_account_and_none_of_an_account_without_roles() {
        accounts.create(new Account("tworoles", "Two Roles", "UY", Set.of(Role.FOCAL_POINT, Role.AUDITOR)), "s3cret");
        accounts.create(new Account("noroles", "No Roles", null, Set.of()), "s3cret");

        assertThat(accounts.loadUserByUsername("tworoles").getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder(Role.FOCAL_POINT.authority(), Role.AUDITOR.authority());
        assertThat(accounts.loadUserByUsername("noroles").getAuthorities()).isEmpty();
    }

    private static CaseRow aCaseRow(long id) {
        String summary = "Récit — " + "x".repeat(19_000);
        return new CaseRow(
                id,
                "SEA-2026-" + String.format("%06d", id),
                Instant.parse("2026-11-20T09:30:00.123456Z"),
                Instant.parse("2026-11-21T10:00:00Z"),
                "intake",
                IntakeChannel.EMAIL,
                "MINUSCA",
                "Bangui",
                LocalDate.parse("2026-11-02"),
                AllegationType.RAPE,
                true,
                summary,
                CaseStatus.RECEIVED);
    }

    /** The stored value ({@code <key id>:<Base64>}) decoded to its bytes, read as if they were text. */
    private static String plainBytesOf(String stored) {
        assertThat(stored).matches("k\\d+:[A-Za-z0-9+/=]+");
        return new String(
                Base64.getDecoder().decode(stored.substring(stored.indexOf(':') + 1)), StandardCharsets.UTF_8);
    }
}
