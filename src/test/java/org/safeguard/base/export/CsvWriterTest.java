package org.safeguard.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(CsvWriter.field("plain")).isEqualTo("plain");
        assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field("cr\r")).isEqualTo("\"cr\r\"");
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void the_file_is_utf8_with_a_byte_order_mark_and_crlf_line_ends() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CsvWriter.write(out, List.of("Référence", "Statut"), List.of(List.of("SEA-1", "Reçu, en cours")));

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Référence,Statut\r\nSEA-1,\"Reçu, en cours\"\r\n");
    }
}
