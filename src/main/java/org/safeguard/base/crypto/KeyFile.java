package org.safeguard.base.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Reads and creates key files: one {@code keyId=base64key} line per AES-256 key, {@code #} comments. */
public final class KeyFile {

    private KeyFile() {}

    /** The keys of the file in file order (the last one is the newest). */
    public static Map<String, SecretKey> read(Path file) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int eq = trimmed.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalStateException("Key file " + file + ": a line is not keyId=base64key");
                }
                keys.put(
                        trimmed.substring(0, eq).strip(),
                        key(trimmed.substring(eq + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read key file " + file, e);
        }
        return keys;
    }

    /** A new random AES-256 key, as a key-file value. */
    public static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** Writes a file with one new key {@code keyId}, readable by its owner only where the file system allows. */
    public static void create(Path file, String keyId) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(
                    file,
                    "# Safeguard field-encryption keys: keyId=base64(AES-256 key); keep outside the repository\n"
                            + keyId + "=" + newKey() + "\n",
                    StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's ACL applies.
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create key file " + file, e);
        }
    }

    /** A key-file value as an AES key. */
    public static SecretKey key(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != 32) {
            throw new IllegalStateException("A key in the key file is not 256 bits (32 bytes)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
