package org.safeguard.modules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL dependencies between modules as {@code docs/read-contracts.md} declares them, checked
 * against what the mappers really touch: a mapper that starts reading another module's table or
 * the engine's, or includes another module's fragment, fails the build until the page names it,
 * and a page that names what no mapper reads any more fails it too. A table belongs to the one
 * module whose mappers write it; tables no mapper writes (reference data loaded by migrations) are
 * given an owner on the page.
 */
final class ReadContracts {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private final Map<String, Set<String>> declared;
    private final Map<String, String> declaredOwners;

    private ReadContracts(Map<String, Set<String>> declared, Map<String, String> declaredOwners) {
        this.declared = declared;
        this.declaredOwners = declaredOwners;
    }

    /**
     * Reads the page's two tables: rows {@code | `Mapper.xml` | module | `table`, `Mapper.fragment` … |}
     * under the heading "What each mapper reads of other modules", and rows {@code | `table` | module |}
     * under "Tables no mapper writes".
     */
    static ReadContracts of(Path page) {
        Map<String, Set<String>> declared = new TreeMap<>();
        Map<String, String> owners = new TreeMap<>();
        String section = "";
        try {
            for (String line : Files.readAllLines(page)) {
                if (line.startsWith("## ")) {
                    section = line;
                } else if (line.startsWith("| `")) {
                    String[] cells = line.split("\\|");
                    String first = codes(cells[1]).get(0);
                    if (section.contains("What each mapper reads")) {
                        declared.put(first, new TreeSet<>(codes(cells[3])));
                    } else if (section.contains("Tables no mapper writes")) {
                        owners.put(first, cells[2].strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReadContracts(declared, owners);
    }

    /** What differs between the mappers and the page, one line per difference; empty when they agree. */
    List<String> problems(List<MapperSql> mappers, Set<String> tables) {
        List<String> problems = new ArrayList<>();
        Map<String, String> owners = owners(mappers, tables, problems);
        Map<String, Set<String>> actual = new TreeMap<>();
        for (MapperSql mapper : mappers) {
            Set<String> crossing = new TreeSet<>();
            for (String table : mapper.reads()) {
                String owner = owners.get(table);
                // A table without one owner is reported as such, not at every read.
                if (MapperSql.isEngineTable(table) || (owner != null && !owner.equals(mapper.module()))) {
                    crossing.add(table);
                }
            }
            for (String include : mapper.includes()) {
                if (!MapperSql.moduleOf(include).equals(mapper.module())) {
                    crossing.add(include.substring(include.lastIndexOf('.', include.lastIndexOf('.') - 1) + 1));
                }
            }
            if (!crossing.isEmpty()) {
                actual.put(mapper.mapper(), crossing);
            }
        }
        Set<String> names = new TreeSet<>(actual.keySet());
        names.addAll(declared.keySet());
        for (String name : names) {
            Set<String> read = actual.getOrDefault(name, Set.of());
            Set<String> named = declared.getOrDefault(name, Set.of());
            read.stream()
                    .filter(t -> !named.contains(t))
                    .forEach(t -> problems.add(name + " reads " + t + " (" + ownerOf(t, owners)
                            + "), which docs/read-contracts.md does not name"));
            named.stream()
                    .filter(t -> !read.contains(t))
                    .forEach(t ->
                            problems.add(name + ": docs/read-contracts.md names " + t + ", which it no longer reads"));
        }
        return problems;
    }

    private Map<String, String> owners(List<MapperSql> mappers, Set<String> tables, List<String> problems) {
        Map<String, Set<String>> writers = new TreeMap<>();
        for (MapperSql mapper : mappers) {
            mapper.writes().stream()
                    .filter(t -> !MapperSql.isEngineTable(t))
                    .forEach(t ->
                            writers.computeIfAbsent(t, k -> new TreeSet<>()).add(mapper.module()));
        }
        Map<String, String> owners = new TreeMap<>();
        for (String table : tables) {
            Set<String> modules = writers.getOrDefault(table, Set.of());
            String declaredOwner = declaredOwners.get(table);
            if (modules.size() > 1) {
                problems.add(table + " is written by the mappers of " + modules + ": a table has one owner");
            } else if (modules.size() == 1 && declaredOwner != null) {
                problems.add(table + " is written by " + modules.iterator().next()
                        + "'s mappers: docs/read-contracts.md need not give its owner");
            } else if (modules.isEmpty() && declaredOwner == null) {
                problems.add(table + " has no mapper that writes it and no owner in docs/read-contracts.md");
            }
            owners.put(table, modules.size() == 1 ? modules.iterator().next() : declaredOwner);
        }
        return owners;
    }

    private static String ownerOf(String read, Map<String, String> owners) {
        if (MapperSql.isEngineTable(read)) {
            return "the engine's";
        }
        return owners.containsKey(read) ? owners.get(read) + "'s" : "a fragment of another module";
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }
}
