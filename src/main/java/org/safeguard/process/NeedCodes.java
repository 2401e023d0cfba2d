package org.safeguard.process;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns the {@code needs} variable into the referral loop's collection: {@code ${needCodes.split(needs)}}.
 * The victim feature writes it with {@link org.safeguard.base.processes.VictimAssistanceProcess#needCodes}.
 */
@Component("needCodes")
public class NeedCodes {

    public List<String> split(String needs) {
        if (needs == null || needs.isBlank()) {
            return List.of();
        }
        return Arrays.stream(needs.split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList();
    }
}
