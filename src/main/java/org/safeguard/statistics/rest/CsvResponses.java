package org.safeguard.statistics.rest;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The statistics answer JSON, or CSV to a client that asks for {@code text/csv} or a {@code .csv}
 * path. Negotiated by hand, not with {@code produces}: a refused period must still be answered as
 * problem JSON, which a CSV-only mapping could not write.
 */
final class CsvResponses {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    static boolean wantsCsv(String accept) {
        return accept != null
                && MediaType.parseMediaTypes(accept).stream()
                        .anyMatch(type -> "text".equals(type.getType()) && "csv".equals(type.getSubtype()));
    }

    static ResponseEntity<byte[]> csv(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(content);
    }

    private CsvResponses() {}
}
