package org.safeguard.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final SecretKey K1 = KeyFile.key(KeyFile.newKey());
    private static final SecretKey K2 = KeyFile.key(KeyFile.newKey());

    private final FieldCipher k1Only = new FieldCipher(Map.of("k1", K1), "k1");
    private final FieldCipher rotated = new FieldCipher(Map.of("k1", K1, "k2", K2), "k2");
    private final FieldCipher k1Retired = new FieldCipher(Map.of("k2", K2), "k2");

    @Test
    void a_value_decrypts_to_what_was_encrypted_and_the_stored_form_holds_no_plaintext() {
        String stored = k1Only.encrypt("Zoë Ñandú");

        assertThat(stored).startsWith("k1:").doesNotContain("Zo");
        assertThat(k1Only.isEncrypted(stored)).isTrue();
        assertThat(k1Only.decrypt(stored)).isEqualTo("Zoë Ñandú");
    }

    @Test
    void the_same_value_encrypts_differently_each_time_because_every_value_has_its_own_iv() {
        assertThat(k1Only.encrypt("Jane Example")).isNotEqualTo(k1Only.encrypt("Jane Example"));
    }

    @Test
    void null_stays_null() {
        assertThat(k1Only.encrypt(null)).isNull();
        assertThat(k1Only.decrypt(null)).isNull();
    }

    @Test
    void a_tampered_value_fails_authentication() {
        String stored = k1Only.encrypt("Jane Example");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "k1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> k1Only.decrypt(tampered))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed authentication");
    }

    @Test
    void a_value_under_an_unknown_key_id_gives_an_error_naming_the_key_id() {
        String stored = new FieldCipher(Map.of("k9", K1), "k9").encrypt("Jane Example");

        assertThatThrownBy(() -> k1Only.decrypt(stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unknown encryption key id 'k9'")
                .hasMessageNotContaining("Jane");
    }

    @Test
    void after_rotation_old_values_still_decrypt_and_new_values_use_the_active_key() {
        String old = k1Only.encrypt("Jane Example");

        assertThat(rotated.decrypt(old)).isEqualTo("Jane Example");
        assertThat(rotated.encrypt("Jane Example")).startsWith("k2:");
    }

    @Test
    void re_encryption_moves_old_values_and_legacy_plaintext_to_the_active_key_and_leaves_current_ones() {
        String old = k1Only.encrypt("Jane Example");
        String current = rotated.encrypt("+236 70 00 00 00");

        assertThat(rotated.reencrypt(old))
                .startsWith("k2:")
                .satisfies(v -> assertThat(rotated.decrypt(v)).isEqualTo("Jane Example"));
        assertThat(rotated.reencrypt("Legacy Plaintext"))
                .startsWith("k2:")
                .satisfies(v -> assertThat(rotated.decrypt(v)).isEqualTo("Legacy Plaintext"));
        assertThat(rotated.reencrypt(current)).isEqualTo(current);
    }

    @Test
    void a_retired_key_no_longer_decrypts() {
        String old = k1Only.encrypt("Jane Example");

        assertThatThrownBy(() -> k1Retired.decrypt(old)).hasMessageContaining("'k1'");
    }

    @Test
    void legacy_plaintext_is_recognised_by_its_missing_key_id_prefix() {
        assertThat(k1Only.isEncrypted("Jane Example")).isFalse();
        assertThat(k1Only.isEncrypted("Phone: +236 70 00 00 00")).isFalse();
        assertThatThrownBy(() -> k1Only.decrypt("Jane Example")).hasMessageContaining("not encrypted");
    }

    @Test
    void an_active_key_missing_from_the_key_file_is_refused_by_name() {
        assertThatThrownBy(() -> new FieldCipher(Map.of("k1", K1), "k2"))
                .hasMessageContaining("safeguard.crypto.active-key");
    }
}
