package org.safeguard.base.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;

class AuditQueryTest {

    static final Instant MORNING = Instant.parse("2026-11-20T08:00:00Z");
    static final Instant EVENING = Instant.parse("2026-11-20T18:00:00Z");

    @Test
    void a_period_that_ends_before_it_starts_is_refused_naming_to() {
        assertThatThrownBy(() -> new AuditQuery(EVENING, MORNING, null, null).check(0, 50))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("to"));
    }

    @Test
    void a_negative_offset_and_an_oversized_page_are_each_named() {
        assertThatThrownBy(() -> AuditQuery.everything().check(-1, AuditQuery.MAX_LIMIT + 1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("offset", "limit"));
    }

    @Test
    void an_empty_page_is_refused() {
        assertThatThrownBy(() -> AuditQuery.everything().check(0, 0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_bounded_period_and_a_full_page_are_accepted() {
        assertThatNoException()
                .isThrownBy(() -> new AuditQuery(MORNING, EVENING, null, null).check(400, AuditQuery.MAX_LIMIT));
    }

    @Test
    void blank_filters_mean_any_case_and_any_actor() {
        AuditQuery query = new AuditQuery(null, null, " ", "");

        assertThat(query.caseReference()).isNull();
        assertThat(query.actor()).isNull();
    }
}
