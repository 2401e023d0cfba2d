package org.safeguard.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts of everything an intake writes, to prove that refused input wrote nothing. */
public final class Tables {

    private static final List<String> WRITTEN_BY_INTAKE =
            List.of("case_file", "subject_group", "subject", "victim", "intake_request");

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;

    public Tables(JdbcTemplate jdbc, RuntimeService runtime) {
        this.jdbc = jdbc;
        this.runtime = runtime;
    }

    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        WRITTEN_BY_INTAKE.forEach(
                table -> counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
        counts.put("process instances", runtime.createProcessInstanceQuery().count());
        return counts;
    }
}
