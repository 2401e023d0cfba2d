package org.safeguard.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.MovableClock;

class VerifiedPasswordsTest {

    static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuu5Qd0uWk0dJqMEGdJ5dFxY0a5wS4KNTm";

    final MovableClock clock = new MovableClock();
    final VerifiedPasswords verified =
            new VerifiedPasswords(new PasswordCacheSettings(Duration.ofMinutes(5), 100), clock);

    @Test
    void the_key_contains_neither_the_password_nor_a_plain_encoding_of_it() {
        String password = "correct horse battery staple";

        String key = verified.key("ines", password);

        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        assertThat(key)
                .doesNotContain(password)
                .doesNotContain("correct")
                .doesNotContain("ines")
                .doesNotContain(Base64.getEncoder().encodeToString(bytes))
                .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .doesNotContain(HexFormat.of().formatHex(bytes));
        assertThat(key).isEqualTo(verified.key("ines", password)).hasSize(43);
    }

    @Test
    void the_key_depends_on_a_secret_of_this_process() {
        VerifiedPasswords otherProcess =
                new VerifiedPasswords(new PasswordCacheSettings(Duration.ofMinutes(5), 100), clock);

        assertThat(otherProcess.key("ines", "secret")).isNotEqualTo(verified.key("ines", "secret"));
    }

    @Test
    void user_name_and_password_cannot_trade_characters() {
        assertThat(verified.key("ab", "c")).isNotEqualTo(verified.key("a", "bc"));
        assertThat(verified.key("ines", "one")).isNotEqualTo(verified.key("ines", "two"));
    }

    @Test
    void a_remembered_password_holds_for_the_same_stored_hash_only() {
        verified.remember("ines", "secret", HASH);

        assertThat(verified.verified("ines", "secret", HASH)).isTrue();
        assertThat(verified.verified("ines", "secret", HASH.replace('a', 'b')))
                .as("the password was changed")
                .isFalse();
        assertThat(verified.verified("ines", "other", HASH)).isFalse();
        assertThat(verified.verified("ivan", "secret", HASH)).isFalse();
    }

    @Test
    void a_remembered_password_is_forgotten_after_its_time() {
        verified.remember("ines", "secret", HASH);

        clock.advance(Duration.ofMinutes(5));

        assertThat(verified.verified("ines", "secret", HASH)).isFalse();
    }

    @Test
    void a_time_to_live_of_zero_remembers_nothing() {
        VerifiedPasswords off = new VerifiedPasswords(new PasswordCacheSettings(Duration.ZERO, 100), clock);

        off.remember("ines", "secret", HASH);

        assertThat(off.verified("ines", "secret", HASH)).isFalse();
    }

    @Test
    void a_full_cache_makes_room_from_expired_entries_only() {
        VerifiedPasswords small = new VerifiedPasswords(new PasswordCacheSettings(Duration.ofMinutes(5), 2), clock);
        small.remember("a", "1", HASH);
        small.remember("b", "2", HASH);

        small.remember("c", "3", HASH);
        assertThat(small.verified("c", "3", HASH)).as("no room").isFalse();
        assertThat(small.verified("a", "1", HASH)).isTrue();

        clock.advance(Duration.ofMinutes(6));
        small.remember("c", "3", HASH);
        assertThat(small.verified("c", "3", HASH)).isTrue();
    }
}
