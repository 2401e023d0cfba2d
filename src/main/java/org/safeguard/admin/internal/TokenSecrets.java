package org.safeguard.admin.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The API token format: {@code sgt_<id>_<secret>}. The prefix makes a leaked token recognisable to
 * secret scanners; the id (16 hex digits) finds the row without any hashing; the secret is 256
 * random bits in URL-safe Base64, of which only the SHA-256 is stored. A fast hash is right here:
 * unlike a password, the secret cannot be guessed from a dictionary.
 */
public final class TokenSecrets {

    public static final String PREFIX = "sgt_";
    private static final int ID_BYTES = 8;
    private static final int SECRET_BYTES = 32;
    private static final int ID_LENGTH = ID_BYTES * 2;
    private static final int SECRET_LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder SECRETS = Base64.getUrlEncoder().withoutPadding();

    /** A new token as its holder writes it, and its parts. */
    public record Token(String id, String secret) {

        public String value() {
            return PREFIX + id + "_" + secret;
        }

        @Override
        public String toString() {
            return "Token[id=" + id + "]";
        }
    }

    public static Token generate() {
        byte[] id = new byte[ID_BYTES];
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return new Token(HexFormat.of().formatHex(id), SECRETS.encodeToString(secret));
    }

    /** The parts of a well-formed token; empty for anything else, which is then simply unknown. */
    public static Optional<Token> parse(String value) {
        if (value == null
                || value.length() != PREFIX.length() + ID_LENGTH + 1 + SECRET_LENGTH
                || !value.startsWith(PREFIX)
                || value.charAt(PREFIX.length() + ID_LENGTH) != '_') {
            return Optional.empty();
        }
        String id = value.substring(PREFIX.length(), PREFIX.length() + ID_LENGTH);
        if (!id.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return Optional.empty();
        }
        return Optional.of(new Token(id, value.substring(PREFIX.length() + ID_LENGTH + 1)));
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares in time independent of where the hashes differ. */
    public static boolean matches(String secret, byte[] storedHash) {
        return MessageDigest.isEqual(hash(secret), storedHash);
    }

    private TokenSecrets() {}
}
