package org.safeguard.sla.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.export.ExportFormat;
import org.safeguard.base.export.Table;
import org.safeguard.sla.ClockDimension;
import org.safeguard.sla.SlaClockParameters;
import org.safeguard.sla.SlaExports;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SLA dashboard's lists as CSV or Excel, with the same filter parameters as the dashboard's
 * drill-down URLs ({@link SlaClockParameters}): the clocks behind a number, and the tallies by a
 * dimension ({@code by=ENTITY|MEMBER_STATE|ALLEGATION_TYPE|PERSONNEL_CATEGORY|CLOCK}). Managers only
 * (403 from {@link SlaExports}); a bad filter value is a 400 naming the parameter. Headers follow
 * the request's language.
 */
@RestController
class SlaExportController {

    private final SlaExports exports;

    SlaExportController(SlaExports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/sla-clocks.csv")
    ResponseEntity<byte[]> clocksCsv(@RequestParam Map<String, String> parameters) throws IOException {
        return clocks(parameters, ExportFormat.CSV);
    }

    @GetMapping("/api/sla-clocks.xlsx")
    ResponseEntity<byte[]> clocksXlsx(@RequestParam Map<String, String> parameters) throws IOException {
        return clocks(parameters, ExportFormat.XLSX);
    }

    @GetMapping("/api/sla-tallies.csv")
    ResponseEntity<byte[]> talliesCsv(@RequestParam Map<String, String> parameters) throws IOException {
        return tallies(parameters, ExportFormat.CSV);
    }

    @GetMapping("/api/sla-tallies.xlsx")
    ResponseEntity<byte[]> talliesXlsx(@RequestParam Map<String, String> parameters) throws IOException {
        return tallies(parameters, ExportFormat.XLSX);
    }

    private ResponseEntity<byte[]> clocks(Map<String, String> parameters, ExportFormat format) throws IOException {
        return download(exports.clocks(SlaClockParameters.parse(parameters), locale()), format);
    }

    private ResponseEntity<byte[]> tallies(Map<String, String> parameters, ExportFormat format) throws IOException {
        ClockDimension by = dimension(parameters.get("by"));
        return download(exports.tallies(by, SlaClockParameters.parse(parameters), locale()), format);
    }

    private static ClockDimension dimension(String by) {
        try {
            return ClockDimension.valueOf(by == null ? "" : by.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new Violation(
                    "by", "must be one of ENTITY, MEMBER_STATE, " + "ALLEGATION_TYPE, PERSONNEL_CATEGORY, CLOCK")));
        }
    }

    private static ResponseEntity<byte[]> download(Table table, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(out, table);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(format.fileName(table.title()))
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out.toByteArray());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
