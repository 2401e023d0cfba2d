package org.safeguard.base.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts single database values with AES-256-GCM: a random 96-bit IV per value, the value
 * stored as {@code keyId:base64(iv || ciphertext+tag)} so that keys can rotate. Values without a
 * key-id prefix are legacy plaintext. Error messages never contain the value.
 */
public class FieldCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern ENCRYPTED = Pattern.compile("[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{38,}={0,2}");

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    /** @param keys by id; {@code activeKeyId} must be one of them */
    public FieldCipher(Map<String, SecretKey> keys, String activeKeyId) {
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalStateException(
                    "The active key '" + activeKeyId + "' (safeguard.crypto.active-key) is not in the key file");
        }
        this.keys = new LinkedHashMap<>(keys);
        this.activeKeyId = activeKeyId;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** The value encrypted with the active key; {@code null} stays {@code null}. */
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(
                Cipher.ENCRYPT_MODE,
                keys.get(activeKeyId),
                iv,
                plaintext.getBytes(StandardCharsets.UTF_8),
                activeKeyId);
        byte[] stored = ByteBuffer.allocate(iv.length + sealed.length)
                .put(iv)
                .put(sealed)
                .array();
        return activeKeyId + ":" + Base64.getEncoder().encodeToString(stored);
    }

    /** The plaintext of a stored value; fails on an unknown (or retired) key id or a tampered value. */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!isEncrypted(stored)) {
            throw new IllegalStateException("The value is not encrypted (no key-id prefix)");
        }
        int colon = stored.indexOf(':');
        String keyId = stored.substring(0, colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException(
                    "Unknown encryption key id '" + keyId + "': it is not in the key file (retired?)");
        }
        byte[] raw = Base64.getDecoder().decode(stored.substring(colon + 1));
        byte[] iv = Arrays.copyOf(raw, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(raw, IV_BYTES, raw.length);
        return new String(run(Cipher.DECRYPT_MODE, key, iv, sealed, keyId), StandardCharsets.UTF_8);
    }

    /** Whether a stored value has the {@code keyId:base64} shape (rather than legacy plaintext). */
    public boolean isEncrypted(String stored) {
        return stored != null && ENCRYPTED.matcher(stored).matches();
    }

    /**
     * The value as it should be stored now: legacy plaintext and values of older keys encrypted
     * with the active key; a value already under the active key unchanged.
     */
    public String reencrypt(String stored) {
        if (stored == null || stored.startsWith(activeKeyId + ":") && isEncrypted(stored)) {
            return stored;
        }
        return encrypt(isEncrypted(stored) ? decrypt(stored) : stored);
    }

    private static byte[] run(int mode, SecretKey key, byte[] iv, byte[] input, String keyId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException(
                    "An encrypted value under key '" + keyId + "' failed authentication: tampered or wrong key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption with key '" + keyId + "' failed", e);
        }
    }
}
