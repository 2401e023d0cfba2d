package org.safeguard.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.CaseOverview;
import org.safeguard.casefile.CaseStatus;

class CaseColumnsTest {

    @Test
    void the_export_holds_the_columns_the_list_shows_in_the_users_language() {
        CaseColumns french = new CaseColumns(Locale.FRENCH);
        CaseOverview overview = new CaseOverview(
                "SEA-2026-0001",
                Instant.parse("2026-11-20T09:30:00Z"),
                "MINUSCA",
                AllegationType.RAPE,
                CaseStatus.RECEIVED);

        assertThat(french.headers()).containsExactly("Référence", "Reçu le", "Entité", "Type d’allégation", "Statut");
        assertThat(french.cells(overview))
                .containsExactly("SEA-2026-0001", "20 nov. 2026 à 09:30 UTC", "MINUSCA", "Viol", "Reçu");
    }
}
