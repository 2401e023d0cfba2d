package org.safeguard.base.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.safeguard.base.audit.internal.AuditEventMapper;

class AuditEventMapperTest {

    @Test
    void the_trail_can_only_be_appended_to_and_read() {
        assertThat(Arrays.stream(AuditEventMapper.class.getDeclaredMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("insert", "browse");
    }
}
