package org.safeguard.modules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one MyBatis mapper's SQL touches: the tables it reads, the tables it writes, and the SQL
 * fragments of other mappers it includes. Read from the XML's text (comments left out), by the
 * words that precede a table in SQL, which is all our mappers use.
 *
 * @param module the feature the mapper belongs to (the package folder under {@code org/safeguard})
 * @param mapper the mapper's file name
 */
record MapperSql(String module, String mapper, Set<String> reads, Set<String> writes, Set<String> includes) {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TABLE =
            Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)\\s+([A-Za-z_][A-Za-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INCLUDE =
            Pattern.compile("refid=\"([a-z0-9_.]+\\.[A-Z][A-Za-z0-9]*Mapper\\.[A-Za-z0-9_]+)\"");

    /** Every mapper under {@code resources/org/safeguard/<module>/}, with the tables among {@code tables} (and the engine's). */
    static List<MapperSql> scan(Path resources, Set<String> tables) {
        Path features = resources.resolve("org/safeguard");
        try (Stream<Path> files = Files.walk(features)) {
            return files.filter(file -> file.toString().endsWith("Mapper.xml"))
                    .map(file -> read(features.relativize(file).getName(0).toString(), file, tables))
                    .sorted(Comparator.comparing(MapperSql::mapper))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MapperSql read(String module, Path file, Set<String> tables) {
        String sql;
        try {
            sql = COMMENT.matcher(Files.readString(file)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> reads = new TreeSet<>();
        Set<String> writes = new TreeSet<>();
        Set<String> includes = new TreeSet<>();
        Matcher table = TABLE.matcher(sql);
        while (table.find()) {
            known(table.group(1), tables, reads);
        }
        Matcher write = WRITE.matcher(sql);
        while (write.find()) {
            known(write.group(1), tables, writes);
        }
        Matcher include = INCLUDE.matcher(sql);
        while (include.find()) {
            includes.add(include.group(1));
        }
        return new MapperSql(module, file.getFileName().toString(), reads, writes, includes);
    }

    private static void known(String name, Set<String> tables, Set<String> into) {
        if (isEngineTable(name)) {
            into.add(name.toUpperCase(Locale.ROOT));
        } else if (tables.contains(name.toLowerCase(Locale.ROOT))) {
            into.add(name.toLowerCase(Locale.ROOT));
        }
    }

    static boolean isEngineTable(String name) {
        return name.toUpperCase(Locale.ROOT).startsWith("ACT_");
    }

    /** The module of an included fragment: {@code org.safeguard.casefile.internal.CaseAccessMapper.visibleCase} is casefile's. */
    static String moduleOf(String include) {
        return include.split("\\.")[2];
    }

    /** Every table the migrations create. */
    static Set<String> tablesCreatedBy(Path migrations) {
        Pattern create = Pattern.compile(
                "CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(migrations)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher matcher = create.matcher(Files.readString(file));
                while (matcher.find()) {
                    tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }
}
