package org.safeguard.statistics.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.safeguard.statistics.Period;
import org.safeguard.statistics.PublishedRow;
import org.safeguard.statistics.PublishedStatistics;
import org.safeguard.statistics.StatisticsCsv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published statistics of a quarter or a year, for managers and auditors; 403 for everyone else. */
@RestController
class PublishedStatisticsController {

    private final PublishedStatistics statistics;

    PublishedStatisticsController(PublishedStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/statistics")
    ResponseEntity<?> read(
            @RequestParam(required = false) String period,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept)
            throws IOException {
        Period parsed = Period.quarterOrYear("period", period);
        List<PublishedRow> rows = statistics.of(parsed);
        return CsvResponses.wantsCsv(accept)
                ? csv(parsed, rows)
                : ResponseEntity.ok(new Statistics(parsed.label(), rows));
    }

    @GetMapping("/api/statistics.csv")
    ResponseEntity<byte[]> readCsv(@RequestParam(required = false) String period) throws IOException {
        Period parsed = Period.quarterOrYear("period", period);
        return csv(parsed, statistics.of(parsed));
    }

    private static ResponseEntity<byte[]> csv(Period period, List<PublishedRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsCsv.published(out, period, rows);
        return CsvResponses.csv("statistics-" + period.label() + ".csv", out.toByteArray());
    }

    /** The period and its rows; each row is one subject group of a case (see {@link PublishedStatistics}). */
    record Statistics(String period, List<PublishedRow> rows) {}
}
