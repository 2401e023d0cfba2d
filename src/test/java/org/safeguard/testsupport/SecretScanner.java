package org.safeguard.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Looks for marker strings (a victim's name, a narrative) wherever a leak could land: any text,
 * raw bytes (UTF-8, Java serialization's modified UTF-8 and UTF-16 chars), JSON with Base64
 * values (how {@code /engine-rest} returns serialized variables) and every column of every
 * {@code ACT_*} table. Each hit names where it was found, so a failure says what leaked where.
 */
public final class SecretScanner {

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> markers;

    public SecretScanner(List<String> markers) {
        this.markers = List.copyOf(markers);
    }

    /** "where: marker" for every marker in the text, ignoring case. */
    public List<String> hitsIn(String where, String text) {
        List<String> hits = new ArrayList<>();
        if (text == null) {
            return hits;
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        for (String marker : markers) {
            if (haystack.contains(marker.toLowerCase(Locale.ROOT))) {
                hits.add(where + ": " + marker);
            }
        }
        return hits;
    }

    /** Raw bytes, read as single bytes (UTF-8 and serialized strings of ASCII markers) and as UTF-16 at either alignment. */
    public List<String> hitsIn(String where, byte[] bytes) {
        if (bytes == null) {
            return List.of();
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1)
                + "\n" + new String(bytes, StandardCharsets.UTF_16BE)
                + "\n" + (bytes.length > 1 ? new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_16BE) : "");
        return hitsIn(where, text).stream().distinct().toList();
    }

    /** An HTTP body: as text, and every Base64-looking JSON value decoded. */
    public List<String> hitsInBody(String where, String body) {
        List<String> hits = new ArrayList<>(hitsIn(where, body));
        if (hits.isEmpty() && body != null && !body.isBlank()) {
            decodedValues(body).forEach(bytes -> hits.addAll(hitsIn(where + " (Base64 value)", bytes)));
        }
        return hits;
    }

    /** Every row and every column of every table whose name starts with {@code ACT_}, in any case. */
    public List<String> hitsInEngineTables(DataSource dataSource) {
        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : engineTables(connection)) {
                hits.addAll(hitsInTable(connection, table));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return hits;
    }

    /** The engine's table names as the database spells them (upper case on H2, lower case on MariaDB). */
    public static List<String> engineTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet rows = metadata.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (name.toUpperCase(Locale.ROOT).startsWith("ACT_")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private List<String> hitsInTable(Connection connection, String table) throws SQLException {
        List<String> hits = new ArrayList<>();
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + quote + table + quote)) {
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    hits.addAll(hitsInValue(table + "." + columns.getColumnName(i), rows.getObject(i)));
                }
            }
        }
        return hits;
    }

    private List<String> hitsInValue(String where, Object value) throws SQLException {
        if (value instanceof byte[] bytes) {
            return hitsIn(where, bytes);
        }
        if (value instanceof Blob blob) {
            return hitsIn(where, blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof Clob clob) {
            return hitsIn(where, clob.getSubString(1, (int) clob.length()));
        }
        return value == null ? List.of() : hitsIn(where, value.toString());
    }

    private static List<byte[]> decodedValues(String body) {
        List<byte[]> decoded = new ArrayList<>();
        try {
            collectDecoded(JSON.readTree(body), decoded);
        } catch (IOException notJson) {
            // Not JSON (an error page, binary data): the plain text scan is all there is.
        }
        return decoded;
    }

    private static void collectDecoded(JsonNode node, List<byte[]> decoded) {
        if (node.isTextual() && BASE64.matcher(node.asText()).matches()) {
            try {
                decoded.add(Base64.getDecoder().decode(node.asText()));
            } catch (IllegalArgumentException notBase64) {
                // Looked like Base64 but is not: already scanned as text.
            }
        }
        node.forEach(child -> collectDecoded(child, decoded));
    }
}
