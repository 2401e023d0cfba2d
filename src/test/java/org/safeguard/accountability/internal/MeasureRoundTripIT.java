package org.safeguard.accountability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.safeguard.accountability.MeasureKind;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** What the measure mapper writes reads back unchanged, on H2 and on MariaDB. Each test rolls back. */
@SafeguardIntegrationTest
@Transactional
class MeasureRoundTripIT {

    @Autowired
    MeasureMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_measure_reads_back_field_for_field() {
        String entity = jdbc.queryForObject("SELECT MIN(code) FROM entity", String.class);
        long caseId = 800_000L + (System.nanoTime() % 99_999);
        Date at = Date.from(Instant.parse("2026-06-01T08:00:00Z"));
        jdbc.update(
                "INSERT INTO case_file (id, reference, received_at, recorded_at, recorded_by, channel, entity_code,"
                        + " duty_station, allegation_type, minor_involved, summary, status)"
                        + " VALUES (?, ?, ?, ?, 'test', 'EMAIL', ?, 'Bangui', 'RAPE', FALSE, 'test', 'RECEIVED')",
                caseId,
                "SEA-T-" + caseId,
                at,
                at,
                entity);
        jdbc.update("INSERT INTO subject_group (case_id, personnel_category) VALUES (?, 'CIVILIAN_STAFF')", caseId);
        long groupId = jdbc.queryForObject("SELECT MAX(id) FROM subject_group WHERE case_id = ?", Long.class, caseId);
        MeasureRow measure =
                new MeasureRow(null, "SEA-T-" + caseId, groupId, MeasureKind.DISCIPLINARY, "Dismissal", at, "manager1");

        mapper.insert(measure);

        assertThat(mapper.findBySubjectGroup(groupId))
                .singleElement()
                .usingRecursiveComparison()
                .ignoringFields("id")
                .isEqualTo(measure);
    }
}
