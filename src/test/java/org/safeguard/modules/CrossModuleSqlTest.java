package org.safeguard.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossModuleSqlTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void every_table_and_fragment_a_mapper_reads_of_another_module_is_named_in_the_read_contracts() {
        Set<String> tables = MapperSql.tablesCreatedBy(ROOT.resolve("db"));
        List<MapperSql> mappers = MapperSql.scan(ROOT.resolve("src/main/resources"), tables);

        List<String> problems =
                ReadContracts.of(ROOT.resolve("docs/read-contracts.md")).problems(mappers, tables);

        assertThat(mappers).hasSizeGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    @Test
    void a_new_read_of_another_module_a_stale_contract_and_a_table_with_two_owners_are_each_reported(@TempDir Path root)
            throws IOException {
        Files.createDirectories(root.resolve("db"));
        Files.writeString(
                root.resolve("db/V1__tables.sql"),
                "CREATE TABLE case_file (id INT);\nCREATE TABLE engagement (id INT);\nCREATE TABLE entity (code TEXT);\n"
                        + "create table if not exists scratch (id INT);\n");
        mapper(root, "casefile", "CaseMapper.xml", """
                <mapper namespace="org.safeguard.casefile.internal.CaseMapper">
                  <sql id="visibleCase">c.id = #{id}</sql>
                  <insert id="add">INSERT INTO case_file (id) VALUES (#{id})</insert>
                  <select id="one">SELECT * FROM case_file c JOIN entity e ON e.code = c.entity_code</select>
                </mapper>""");
        mapper(root, "memberstate", "EngagementMapper.xml", """
                <mapper namespace="org.safeguard.memberstate.internal.EngagementMapper">
                  <insert id="add">INSERT INTO engagement (id) VALUES (#{id})</insert>
                  <insert id="note">INSERT INTO scratch (id) VALUES (#{id})</insert>
                  <!-- SELECT * FROM ignored_in_a_comment -->
                  <select id="open">SELECT * FROM engagement g JOIN case_file c ON c.id = g.case_id
                    WHERE <include refid="org.safeguard.casefile.internal.CaseMapper.visibleCase"/></select>
                </mapper>""");
        mapper(root, "sla", "ClockMapper.xml", """
                <mapper namespace="org.safeguard.sla.internal.ClockMapper">
                  <delete id="clear">DELETE FROM scratch</delete>
                  <select id="due">SELECT * FROM ACT_RU_TASK t JOIN engagement g ON g.id = t.ID_</select>
                </mapper>""");
        Path page = Files.writeString(
                root.resolve("read-contracts.md"),
                String.join(
                        "\n",
                        "## What each mapper reads of other modules",
                        "| mapper | module | reads of other modules |",
                        "| --- | --- | --- |",
                        "| `EngagementMapper.xml` | memberstate | `case_file`, `subject_group` |",
                        "| `ClockMapper.xml` | sla | `ACT_RU_TASK` |",
                        "## Tables no mapper writes",
                        "| table | owned by |",
                        "| --- | --- |",
                        "| `entity` | casefile |"));
        Set<String> tables = MapperSql.tablesCreatedBy(root.resolve("db"));

        List<String> problems =
                ReadContracts.of(page).problems(MapperSql.scan(root.resolve("src/main/resources"), tables), tables);

        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "scratch is written by the mappers of [memberstate, sla]: a table has one owner",
                        "EngagementMapper.xml reads CaseMapper.visibleCase (a fragment of another module),"
                                + " which docs/read-contracts.md does not name",
                        "EngagementMapper.xml: docs/read-contracts.md names subject_group, which it no longer reads",
                        "ClockMapper.xml reads engagement (memberstate's), which docs/read-contracts.md does not name");
    }

    private static void mapper(Path root, String module, String name, String xml) throws IOException {
        Path folder = root.resolve("src/main/resources/org/safeguard/" + module + "/internal");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), xml);
    }
}
