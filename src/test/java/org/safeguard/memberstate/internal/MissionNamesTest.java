package org.safeguard.memberstate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MissionNamesTest {

    @Test
    void english_puts_the_article_where_the_name_needs_it() {
        assertThat(MissionNames.of("Uruguay", Locale.ENGLISH)).isEqualTo("of Uruguay");
        assertThat(MissionNames.of("United States", Locale.ENGLISH)).isEqualTo("of the United States");
        assertThat(MissionNames.of("Netherlands", Locale.ENGLISH)).isEqualTo("of the Netherlands");
        assertThat(MissionNames.of("Solomon Islands", Locale.ENGLISH)).isEqualTo("of the Solomon Islands");
    }

    @Test
    void french_chooses_du_de_la_de_l_des_or_de_by_the_name() {
        assertThat(MissionNames.of("Canada", Locale.FRENCH)).isEqualTo("du Canada");
        assertThat(MissionNames.of("France", Locale.FRENCH)).isEqualTo("de la France");
        assertThat(MissionNames.of("Uruguay", Locale.FRENCH)).isEqualTo("de l’Uruguay");
        assertThat(MissionNames.of("États-Unis", Locale.FRENCH)).isEqualTo("des États-Unis");
        assertThat(MissionNames.of("Cuba", Locale.FRENCH)).isEqualTo("de Cuba");
        assertThat(MissionNames.of("Haïti", Locale.FRENCH)).isEqualTo("d’Haïti");
        assertThat(MissionNames.of("Mexique", Locale.FRENCH)).isEqualTo("du Mexique");
        assertThat(MissionNames.of("Guinée-Bissau", Locale.FRENCH)).isEqualTo("de la Guinée-Bissau");
        assertThat(MissionNames.of("République centrafricaine", Locale.FRENCH))
                .isEqualTo("de la République centrafricaine");
    }
}
