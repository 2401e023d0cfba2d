package org.safeguard.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** A case with one subject group, written directly: investigations and measures refer to it. */
public record SubjectGroupFixture(String caseReference, long subjectGroupId) {

    public static SubjectGroupFixture insert(JdbcTemplate jdbc) {
        long caseId = 900_000L + (System.nanoTime() % 99_999);
        String reference = "SEA-T-" + caseId;
        String entity = jdbc.queryForObject("SELECT MIN(code) FROM entity", String.class);
        Timestamp now = Timestamp.from(Instant.parse("2026-01-02T09:00:00Z"));
        jdbc.update(
                "INSERT INTO case_file (id, reference, received_at, recorded_at, recorded_by, channel, entity_code,"
                        + " duty_station, allegation_type, minor_involved, summary, status)"
                        + " VALUES (?, ?, ?, ?, 'test', 'EMAIL', ?, 'Bangui', 'RAPE', FALSE, 'test', 'RECEIVED')",
                caseId,
                reference,
                now,
                now,
                entity);
        jdbc.update(
                "INSERT INTO subject_group (case_id, personnel_category) VALUES (?, 'MILITARY_CONTINGENT')", caseId);
        long groupId = jdbc.queryForObject("SELECT MAX(id) FROM subject_group WHERE case_id = ?", Long.class, caseId);
        return new SubjectGroupFixture(reference, groupId);
    }
}
