package org.safeguard.base.export;

import java.io.IOException;
import java.io.OutputStream;

/** The file formats a list can be downloaded in, with their media type and file extension. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName(String baseName) {
        return baseName + "." + extension;
    }

    public void write(OutputStream out, Table table) throws IOException {
        if (this == CSV) {
            CsvWriter.write(out, table.header(), table.rows());
        } else {
            XlsxWriter.write(out, table.title(), table.header(), table.rows());
        }
    }
}
