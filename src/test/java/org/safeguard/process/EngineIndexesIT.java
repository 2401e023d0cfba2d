package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The due-date indexes (open tasks also by creation, the task list's order) exist once the application is up, and asking again changes nothing. */
@SafeguardIntegrationTest
class EngineIndexesIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    EngineIndexes indexes;

    @Test
    void open_tasks_and_jobs_are_indexed_by_due_date_and_a_second_start_is_harmless() throws SQLException {
        indexes.create();

        assertThat(indexedColumns("ACT_RU_TASK")).contains("DUE_DATE_", "CREATE_TIME_");
        assertThat(indexedColumns("ACT_RU_JOB")).contains("DUEDATE_");
    }

    private List<String> indexedColumns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String name : List.of(table, table.toLowerCase())) {
                try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), null, name, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null
                                && rs.getString("INDEX_NAME").toUpperCase().startsWith("SG_IDX_")) {
                            columns.add(rs.getString("COLUMN_NAME").toUpperCase());
                        }
                    }
                }
            }
        }
        return columns;
    }
}
