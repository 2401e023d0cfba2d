package org.safeguard.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Sex;

class StatisticsCsvTest {

    private static final Period Q4 = Period.quarter("quarter", "2026-Q4");

    @Test
    void a_scorecard_line_is_written_with_its_counts_and_median() throws IOException {
        String csv = write(out -> StatisticsCsv.scorecard(
                out,
                Q4,
                List.of(
                        new ScorecardLine("CA", "Canada", "Canada", 3, 2, 1, 4.5, 1, 1, 0),
                        new ScorecardLine("FR", "France", "France", 1, 0, 0, null, 1, 0, 0))));

        assertThat(csv.split("\r\n"))
                .containsExactly(
                        String.join(",", StatisticsCsv.SCORECARD_HEADER),
                        "2026-Q4,CA,Canada,3,2,1,4.5,1,1,0",
                        "2026-Q4,FR,France,1,0,0,,1,0,0");
    }

    @Test
    void a_published_row_has_one_victim_column_per_age_group_and_sex_and_its_actions_joined() throws IOException {
        PublishedRow row = new PublishedRow(
                "SEA-2026-000001",
                "MINUSCA",
                YearMonth.of(2026, 11),
                PersonnelCategory.MILITARY_CONTINGENT,
                "CA",
                AllegationType.RAPE,
                List.of(new VictimCount(AgeGroup.CHILD, Sex.FEMALE, 2), new VictimCount(AgeGroup.ADULT, Sex.MALE, 1)),
                InvestigationStatus.COMPLETED,
                "MEMBER_STATE",
                "SUBSTANTIATED",
                List.of("JUDICIAL", "SCREENING_ENTRY"),
                1);

        String[] lines =
                write(out -> StatisticsCsv.published(out, Q4, List.of(row))).split("\r\n");

        List<String> header = List.of(lines[0].split(","));
        List<String> cells = List.of(lines[1].split(",", -1));
        assertThat(cells).hasSameSizeAs(header);
        assertThat(cells.get(header.indexOf("victims"))).isEqualTo("3");
        assertThat(cells.get(header.indexOf("victims_child_female"))).isEqualTo("2");
        assertThat(cells.get(header.indexOf("victims_adult_male"))).isEqualTo("1");
        assertThat(cells.get(header.indexOf("victims_adult_female"))).isEqualTo("0");
        assertThat(cells.get(header.indexOf("actions_taken"))).isEqualTo("JUDICIAL;SCREENING_ENTRY");
        assertThat(cells.get(header.indexOf("month_received"))).isEqualTo("2026-11");
        assertThat(cells.get(header.indexOf("paternity_claims"))).isEqualTo("1");
        assertThat(header)
                .noneMatch(column ->
                        column.contains("name") || column.contains("pseudonym") || column.contains("contact"));
    }

    private interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static String write(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        String text = out.toString(StandardCharsets.UTF_8);
        return text.substring(1); // the byte order mark
    }
}
