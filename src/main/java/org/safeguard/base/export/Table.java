package org.safeguard.base.export;

import java.util.List;

/**
 * A list as it is downloaded: a header and rows of text, already formatted for the reader.
 *
 * @param title the sheet's name in a workbook and the download's file name
 */
public record Table(String title, List<String> header, List<List<String>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
