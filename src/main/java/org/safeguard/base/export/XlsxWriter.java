package org.safeguard.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table as an Excel workbook (.xlsx) of one sheet: a bold header row, frozen, then the
 * rows as text cells, so that references such as {@code 0042} keep their leading zeros and no cell
 * is ever read as a formula.
 */
public final class XlsxWriter {

    /** Excel's limit on a sheet name's length. */
    private static final int MAX_SHEET_NAME = 31;

    public static void write(OutputStream out, String sheet, List<String> header, List<List<String>> rows)
            throws IOException {
        Workbook workbook = new Workbook(out, "Safeguard", "1.0");
        Worksheet worksheet = workbook.newWorksheet(sheetName(sheet));
        for (int column = 0; column < header.size(); column++) {
            worksheet.inlineString(0, column, header.get(column));
        }
        worksheet.range(0, 0, 0, Math.max(0, header.size() - 1)).style().bold().set();
        worksheet.freezePane(0, 1);
        for (int row = 0; row < rows.size(); row++) {
            List<String> cells = rows.get(row);
            for (int column = 0; column < cells.size(); column++) {
                if (cells.get(column) != null) {
                    worksheet.inlineString(row + 1, column, cells.get(column));
                }
            }
        }
        workbook.finish();
    }

    /** Excel refuses names longer than 31 characters or holding any of {@code : \ / ? * [ ]}. */
    static String sheetName(String name) {
        String clean = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return clean.length() > MAX_SHEET_NAME ? clean.substring(0, MAX_SHEET_NAME) : clean;
    }

    private XlsxWriter() {}
}
