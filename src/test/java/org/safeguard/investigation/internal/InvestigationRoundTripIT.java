package org.safeguard.investigation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SubjectGroupFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** What the investigation mapper writes reads back unchanged, on H2 and on MariaDB. Each test rolls back. */
@SafeguardIntegrationTest
@Transactional
class InvestigationRoundTripIT {

    static final Date STARTED = Date.from(Instant.parse("2026-01-05T09:00:00.123456Z"));
    static final Date DUE = Date.from(Instant.parse("2026-07-04T09:00:00Z"));

    @Autowired
    InvestigationMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    long subjectGroupId;

    @BeforeEach
    void aSubjectGroup() {
        subjectGroupId = SubjectGroupFixture.insert(jdbc).subjectGroupId();
    }

    @Test
    void an_investigation_reads_back_field_for_field_and_closes() {
        long id = open("OVERSIGHT_OFFICE");
        Date extended = Date.from(Instant.parse("2026-09-01T09:00:00Z"));
        mapper.extend(id, extended);

        assertThat(mapper.findOpenBySubjectGroup(subjectGroupId))
                .contains(new InvestigationRow(
                        id, "SEA-2026-999999", subjectGroupId, "OVERSIGHT_OFFICE", STARTED, DUE, extended, null, null));

        mapper.close(id, "SUBSTANTIATED", DUE);
        assertThat(mapper.findOpenBySubjectGroup(subjectGroupId)).isEmpty();
        assertThat(mapper.find(id)).get().extracting(InvestigationRow::finding).isEqualTo("SUBSTANTIATED");
    }

    @Test
    void events_read_back_in_order() {
        long id = open("HEAD_OF_MISSION");
        mapper.insertEvent(
                new InvestigationEventRow(null, id, EventType.WARNING, DUE, "system", "investigator1", "50 %"));
        mapper.insertEvent(new InvestigationEventRow(
                null, id, EventType.REPORT_SUBMITTED, DUE, "investigator1", null, "Long report text"));

        assertThat(mapper.findEvents(id))
                .extracting(
                        InvestigationEventRow::type, InvestigationEventRow::addressedTo, InvestigationEventRow::detail)
                .containsExactly(
                        tuple(EventType.WARNING, "investigator1", "50 %"),
                        tuple(EventType.REPORT_SUBMITTED, null, "Long report text"));
    }

    private long open(String body) {
        GeneratedId id = new GeneratedId();
        mapper.insert(
                new InvestigationRow(null, "SEA-2026-999999", subjectGroupId, body, STARTED, DUE, null, null, null),
                id);
        return id.getValue();
    }
}
