package org.safeguard.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.accountability.internal.MeasureMapper;
import org.safeguard.accountability.internal.MeasureRow;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The measures recorded on a case as its case file reads them: by subject group, in the order
 * recorded, for those who see the case; a focal point sees their nationals' groups' only.
 */
@SafeguardIntegrationTest
class RecordedMeasuresIT {

    static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    RecordedMeasures recorded;

    @Autowired
    MeasureMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    String reference;
    long canadians;
    long uruguayans;

    @BeforeEach
    void aCaseWithTwoSubjectGroupsAndTheirMeasures() {
        reference = Api.json(new Api(port)
                        .postCase(
                                "intake",
                                AllegationJson.anAllegation()
                                        .withOnlySubject(PersonnelCategory.MILITARY_CONTINGENT, "CA", "Battalion 3")
                                        .withSubject(PersonnelCategory.FORMED_POLICE_UNIT, "UY", "FPU 2")
                                        .json()))
                .get("reference")
                .asText();
        List<Long> groups = jdbc.queryForList(
                "SELECT g.id FROM subject_group g JOIN case_file c ON c.id = g.case_id"
                        + " WHERE c.reference = ? ORDER BY g.nationality",
                Long.class,
                reference);
        canadians = groups.get(0);
        uruguayans = groups.get(1);
        record(uruguayans, MeasureKind.PAYMENTS_AND_REPATRIATION, "paymentsWithheld=true; repatriated=true; Flight 12");
        record(canadians, MeasureKind.PAYMENTS_AND_REPATRIATION, "paymentsWithheld=true; repatriated=false; Pending");
        record(canadians, MeasureKind.SCREENING_ENTRY, "CC-2026-17");
    }

    @Test
    void the_case_file_reads_the_measures_by_subject_group_in_the_order_recorded() {
        List<RecordedMeasure> measures;
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            measures = recorded.ofCase(reference);
        }

        assertThat(measures)
                .extracting(RecordedMeasure::subjectGroupId, RecordedMeasure::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(canadians, MeasureKind.PAYMENTS_AND_REPATRIATION),
                        org.assertj.core.groups.Tuple.tuple(canadians, MeasureKind.SCREENING_ENTRY),
                        org.assertj.core.groups.Tuple.tuple(uruguayans, MeasureKind.PAYMENTS_AND_REPATRIATION));
        assertThat(measures.get(1))
                .extracting(RecordedMeasure::detail, RecordedMeasure::recordedAt, RecordedMeasure::recordedBy)
                .containsExactly("CC-2026-17", AT, "manager");
    }

    @Test
    void a_focal_point_reads_their_nationals_measures_only_and_others_outside_the_scope_none() {
        try (var signedIn = SignedIn.as(contexts, "focal-uy", Role.FOCAL_POINT)) {
            assertThat(recorded.ofCase(reference))
                    .extracting(RecordedMeasure::subjectGroupId)
                    .containsExactly(uruguayans);
        }
        try (var signedIn = SignedIn.as(contexts, "intake-unmiss", Role.INTAKE)) {
            assertThatThrownBy(() -> recorded.ofCase(reference)).isInstanceOf(NotFoundException.class);
        }
    }

    private void record(long group, MeasureKind kind, String detail) {
        mapper.insert(new MeasureRow(null, reference, group, kind, detail, Date.from(AT), "manager"));
    }
}
