package org.safeguard.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void a_token_is_recognisable_and_carries_256_random_bits() {
        TokenSecrets.Token token = TokenSecrets.generate();

        assertThat(token.value()).startsWith("sgt_").matches("sgt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token.secret())).hasSize(32);
    }

    @Test
    void tokens_do_not_repeat() {
        Set<String> values = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> values.add(TokenSecrets.generate().value()));

        assertThat(values).hasSize(1000);
    }

    @Test
    void a_token_parses_back_into_its_id_and_secret() {
        TokenSecrets.Token token = TokenSecrets.generate();

        assertThat(TokenSecrets.parse(token.value())).contains(token);
    }

    @Test
    void anything_else_is_not_a_token() {
        String valid = TokenSecrets.generate().value();

        assertThat(TokenSecrets.parse(null)).isEmpty();
        assertThat(TokenSecrets.parse("")).isEmpty();
        assertThat(TokenSecrets.parse(valid.substring(1))).isEmpty();
        assertThat(TokenSecrets.parse(valid + "x")).isEmpty();
        assertThat(TokenSecrets.parse("xyz_" + valid.substring(4))).isEmpty();
        assertThat(TokenSecrets.parse("sgt_0123456789ABCDEF_" + valid.substring(21)))
                .as("upper-case id")
                .isEmpty();
        assertThat(TokenSecrets.parse(valid.substring(0, 20) + "-" + valid.substring(21)))
                .isEmpty();
    }

    @Test
    void only_the_right_secret_matches_the_stored_hash() {
        TokenSecrets.Token token = TokenSecrets.generate();
        byte[] stored = TokenSecrets.hash(token.secret());

        assertThat(stored).hasSize(32);
        assertThat(TokenSecrets.matches(token.secret(), stored)).isTrue();
        assertThat(TokenSecrets.matches(TokenSecrets.generate().secret(), stored))
                .isFalse();
    }

    @Test
    void the_secret_stays_out_of_the_text_of_a_token() {
        TokenSecrets.Token token = TokenSecrets.generate();

        assertThat(token.toString()).contains(token.id()).doesNotContain(token.secret());
    }
}
