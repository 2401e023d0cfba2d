package org.safeguard.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV (RFC 4180: commas, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break, quotes doubled), in UTF-8 with a byte order mark so that Excel reads
 * accented names correctly.
 */
public final class CsvWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public static void write(OutputStream out, List<String> header, List<List<String>> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        writeLine(writer, header);
        for (List<String> row : rows) {
            writeLine(writer, row);
        }
        writer.flush();
    }

    private static void writeLine(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(fields.get(i)));
        }
        writer.write("\r\n");
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private CsvWriter() {}
}
