package org.safeguard.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    @Test
    void the_workbook_holds_the_header_and_rows_as_text_cells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportFormat.XLSX.write(
                out,
                new Table(
                        "sla-clocks",
                        List.of("Référence", "Nombre"),
                        List.of(List.of("SEA-2026-0001", "0042"), List.of("=cmd()", "<b>"))));

        String sheet = entry(out.toByteArray(), "xl/worksheets/sheet1.xml");
        assertThat(sheet)
                .contains("<t>R&#xe9;f&#xe9;rence</t>", "<t>SEA-2026-0001</t>", "<t>0042</t>")
                .as("a formula typed into a field stays text")
                .contains("<t>=cmd()</t>")
                .doesNotContain("<f>")
                .contains("&lt;b&gt;");
        assertThat(entry(out.toByteArray(), "xl/workbook.xml")).contains("name=\"sla-clocks\"");
    }

    @Test
    void sheet_names_excel_refuses_are_cleaned() {
        assertThat(XlsxWriter.sheetName("a/b:c?d*e[f]")).isEqualTo("a b c d e f ");
        assertThat(XlsxWriter.sheetName("x".repeat(40))).hasSize(31);
        assertThat(XlsxWriter.sheetName(" ")).isEqualTo("Sheet1");
    }

    private static String entry(byte[] xlsx, String name) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
