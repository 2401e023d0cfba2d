package org.safeguard.statistics.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.safeguard.statistics.MemberStateScorecard;
import org.safeguard.statistics.Period;
import org.safeguard.statistics.ScorecardLine;
import org.safeguard.statistics.StatisticsCsv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Member State scorecard of a quarter, for managers and auditors; 403 for everyone else. */
@RestController
class MemberStateScorecardController {

    private final MemberStateScorecard scorecard;

    MemberStateScorecardController(MemberStateScorecard scorecard) {
        this.scorecard = scorecard;
    }

    @GetMapping("/api/member-state-scorecard")
    ResponseEntity<?> read(
            @RequestParam(required = false) String quarter,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept)
            throws IOException {
        Period period = Period.quarter("quarter", quarter);
        List<ScorecardLine> lines = scorecard.of(period);
        return CsvResponses.wantsCsv(accept)
                ? csv(period, lines)
                : ResponseEntity.ok(new Scorecard(period.label(), lines));
    }

    @GetMapping("/api/member-state-scorecard.csv")
    ResponseEntity<byte[]> readCsv(@RequestParam(required = false) String quarter) throws IOException {
        Period period = Period.quarter("quarter", quarter);
        return csv(period, scorecard.of(period));
    }

    private static ResponseEntity<byte[]> csv(Period period, List<ScorecardLine> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsCsv.scorecard(out, period, lines);
        return CsvResponses.csv("member-state-scorecard-" + period.label() + ".csv", out.toByteArray());
    }

    record Scorecard(String quarter, List<ScorecardLine> memberStates) {}
}
