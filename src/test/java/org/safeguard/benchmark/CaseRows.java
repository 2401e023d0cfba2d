package org.safeguard.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.safeguard.casefile.CaseStatus;
import org.safeguard.casefile.NewAllegation;

/** Case rows written straight into {@code case_file}, for seeds and for the bare engine's instances. */
final class CaseRows {

    private CaseRows() {}

    /** A multi-row insert of case rows, columns in the order {@code add} takes them. */
    static MultiRowInsert into(Connection connection) {
        return new MultiRowInsert(
                connection,
                "case_file",
                "id",
                "reference",
                "received_at",
                "recorded_at",
                "recorded_by",
                "channel",
                "entity_code",
                "duty_station",
                "incident_date",
                "allegation_type",
                "minor_involved",
                "summary",
                "status");
    }

    /** As the intake names cases: {@code SEA-<year>-<six digits>}. */
    static String reference(Instant recordedAt, long number) {
        return "SEA-%d-%06d".formatted(recordedAt.atZone(ZoneOffset.UTC).getYear(), number);
    }

    /**
     * {@code count} cases like {@code allegation}, without subjects, victims or a process instance:
     * what the {@code sea-case} model needs to find when started by hand (its first listener moves
     * the case's status). Numbers are taken from the case sequence, as an intake takes them.
     *
     * @return the references, in order
     */
    static List<String> addBare(
            DataSource dataSource, NewAllegation allegation, boolean minorInvolved, int count, Instant now)
            throws SQLException {
        List<String> references = new ArrayList<>(count);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long first;
            try (Statement statement = connection.createStatement();
                    ResultSet next = statement.executeQuery("SELECT NEXT VALUE FOR case_file_seq")) {
                next.next();
                first = next.getLong(1);
                statement.execute("SELECT SETVAL(case_file_seq, " + (first + count) + ")");
            }
            try (MultiRowInsert cases = into(connection)) {
                for (long number = first; number < first + count; number++) {
                    String reference = reference(now, number);
                    cases.add(
                            number,
                            reference,
                            allegation.receivedAt(),
                            now,
                            "benchmark",
                            allegation.channel().name(),
                            allegation.entity(),
                            allegation.dutyStation(),
                            allegation.incidentDate(),
                            allegation.allegationType().name(),
                            minorInvolved,
                            "Benchmark case " + reference,
                            CaseStatus.RECEIVED.name());
                    references.add(reference);
                }
            }
            connection.commit();
        }
        return references;
    }
}
