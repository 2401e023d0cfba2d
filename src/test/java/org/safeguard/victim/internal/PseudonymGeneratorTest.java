package org.safeguard.victim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

class PseudonymGeneratorTest {

    VictimMapper victims = mock(VictimMapper.class);
    PseudonymGenerator pseudonyms = new PseudonymGenerator(victims);

    @Test
    void a_pseudonym_has_no_look_alike_characters() {
        for (int i = 0; i < 500; i++) {
            assertThat(pseudonyms.random()).matches("V-[2-9A-HJKMNP-Z]{5}");
        }
    }

    @Test
    void a_pseudonym_already_in_use_is_drawn_again() {
        when(victims.pseudonymExists(anyString())).thenReturn(true, true, false);

        pseudonyms.next();

        org.mockito.Mockito.verify(victims, org.mockito.Mockito.times(3)).pseudonymExists(anyString());
    }
}
