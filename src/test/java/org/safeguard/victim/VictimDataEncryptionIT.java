package org.safeguard.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.crypto.CryptoSettings;
import org.safeguard.base.crypto.FieldCipher;
import org.safeguard.base.crypto.KeyFile;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.Intake;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.safeguard.victim.internal.VictimDataReencryption;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Victims' identities are encrypted in the database, readable through {@link Victims#identity}, and rotate to a new key. */
@SafeguardIntegrationTest
@RecordApplicationEvents
class VictimDataEncryptionIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Victims victims;

    @Autowired
    FieldCipher cipher;

    @Autowired
    CryptoSettings settings;

    @Autowired
    VictimDataReencryption reencryption;

    @Autowired
    ApplicationEvents events;

    @Autowired
    SecurityContextHolderStrategy contexts;

    long victimId;

    @BeforeEach
    void anIntakeOverTheApi() {
        String reference = new Intake(new Api(port))
                .register(AllegationJson.anAllegation().victimSafeContactNotes("Call after 6 pm; ask for Aunt Rose"));
        victimId = jdbc.queryForObject(
                "SELECT v.id FROM victim v JOIN case_file c ON c.id = v.case_id WHERE c.reference = ?",
                Long.class,
                reference);
    }

    @Test
    void the_raw_name_contact_and_notes_columns_hold_no_plaintext_after_an_intake() {
        Map<String, Object> row =
                jdbc.queryForMap("SELECT name, contact, safe_contact_notes FROM victim WHERE id = ?", victimId);

        assertThat(row.values())
                .allSatisfy(value -> assertThat((String) value)
                        .startsWith(cipher.activeKeyId() + ":")
                        .doesNotContain("Jane")
                        .doesNotContain("Example")
                        .doesNotContain("+236")
                        .doesNotContain("Rose"));
        // This intake's row only, and whole values: other tests' rows share the table, and a short
        // fragment such as '236' turns up by chance in Base64 ciphertext (LIKE ignores case on MariaDB too).
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM victim WHERE id = ? AND (name LIKE '%Jane Example%'"
                                + " OR contact LIKE '%+236 70 00 00 00%')",
                        Long.class, victimId))
                .isZero();
    }

    /** Identities are for advocates; the case is MINUSCA's, the demo advocate's entity. */
    @BeforeEach
    void signInAsAdvocate() {
        SignedIn.as(contexts, "vra", Role.VRA);
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
    }

    @Test
    void the_identity_reads_back_in_plaintext_and_the_read_is_published() {
        VictimIdentity identity = victims.identity(victimId);

        assertThat(identity)
                .isEqualTo(
                        new VictimIdentity("Jane Example", "+236 70 00 00 00", "Call after 6 pm; ask for Aunt Rose"));
        assertThat(identity.toString())
                .doesNotContain("Jane")
                .doesNotContain("236")
                .doesNotContain("Rose");
        assertThat(events.stream(VictimIdentityRead.class)).containsExactly(new VictimIdentityRead(victimId));
    }

    @Test
    void every_read_of_an_identity_leaves_exactly_one_audit_entry() {
        Long before = readsOf(victimId);

        victims.identity(victimId);

        assertThat(readsOf(victimId)).isEqualTo(before + 1);
    }

    private Long readsOf(long victim) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'VICTIM_IDENTITY_READ' AND target = ?",
                Long.class,
                "victim:" + victim);
    }

    @Test
    void the_identity_of_an_unknown_victim_is_not_found_and_no_read_is_published() {
        assertThatThrownBy(() -> victims.identity(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThat(events.stream(VictimIdentityRead.class)).isEmpty();
    }

    @Test
    void re_encryption_moves_every_value_and_legacy_plaintext_to_the_new_active_key() {
        jdbc.update("UPDATE victim SET contact = ? WHERE id = ?", "+236 legacy plaintext", victimId);
        Map<String, SecretKey> keys = new LinkedHashMap<>(KeyFile.read(settings.keyFile()));
        keys.put("rotated", KeyFile.key(KeyFile.newKey()));
        FieldCipher rotated = new FieldCipher(keys, "rotated");
        try {
            reencryption.withCipher(rotated).reencryptAll();

            Map<String, Object> row =
                    jdbc.queryForMap("SELECT name, contact, safe_contact_notes FROM victim WHERE id = ?", victimId);
            assertThat(row.values())
                    .allSatisfy(value -> assertThat((String) value).startsWith("rotated:"));
            assertThat(rotated.decrypt((String) row.get("name"))).isEqualTo("Jane Example");
            assertThat(rotated.decrypt((String) row.get("contact"))).isEqualTo("+236 legacy plaintext");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM victim WHERE name NOT LIKE 'rotated:%'", Long.class))
                    .isZero();
            assertThat(reencryption.withCipher(rotated).reencryptAll())
                    .as("a second run changes nothing")
                    .isZero();
        } finally {
            // Back to the application's key, so that other tests on this shared database can read every victim.
            reencryption.withCipher(new FieldCipher(keys, cipher.activeKeyId())).reencryptAll();
        }
        assertThat(victims.identity(victimId).contact()).isEqualTo("+236 legacy plaintext");
    }
}
