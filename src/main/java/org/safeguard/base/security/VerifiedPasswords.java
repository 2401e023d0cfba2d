package org.safeguard.base.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Passwords that recently passed their (slow, bcrypt) check, so that a burst of HTTP Basic calls
 * pays for the hash once. Neither the password nor a plain hash of it is kept: an entry is found by
 * an HMAC of user name and password under a random key that lives and dies with this process, so
 * the map is useless to whoever reads a heap dump without also guessing passwords at bcrypt-free
 * speed against this key. Each entry is bound to the stored password hash it was checked against:
 * once the password changes, the stored hash differs and the entry no longer matches, on every node
 * at once, with no event to miss. Locks, disabling and roles are not cached at all; the account is
 * loaded on every call.
 */
@Component
class VerifiedPasswords {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final Map<String, Verified> entries = new ConcurrentHashMap<>();
    private final PasswordCacheSettings settings;
    private final Clock clock;

    VerifiedPasswords(PasswordCacheSettings settings, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether this user's password passed its check against {@code storedHash} a short while ago. */
    boolean verified(String username, String password, String storedHash) {
        Verified entry = entries.get(key(username, password));
        return entry != null
                && entry.until().isAfter(clock.instant())
                && MessageDigest.isEqual(
                        entry.storedHash().getBytes(StandardCharsets.UTF_8),
                        storedHash.getBytes(StandardCharsets.UTF_8));
    }

    /** Call only after the password passed the real check against {@code storedHash}. */
    void remember(String username, String password, String storedHash) {
        if (settings.timeToLive().isZero() || settings.timeToLive().isNegative()) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= settings.maxEntries()) {
            entries.values().removeIf(entry -> !entry.until().isAfter(now));
            if (entries.size() >= settings.maxEntries()) {
                return;
            }
        }
        entries.put(key(username, password), new Verified(storedHash, now.plus(settings.timeToLive())));
    }

    /**
     * The entry's key: HMAC-SHA-256 of the user name's length, the user name and the password, so
     * that ("ab", "c") and ("a", "bc") differ.
     */
    String key(String username, String password) {
        byte[] user = username.getBytes(StandardCharsets.UTF_8);
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(user.length).array());
            mac.update(user);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(secret));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private record Verified(String storedHash, Instant until) {}
}
