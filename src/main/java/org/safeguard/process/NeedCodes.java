package org.safeguard.process;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns the {@code needs} variable into the referral loop's collection: {@code ${needCodes.split(needs)}}. */
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

    public static String join(List<? extends Enum<?>> needs) {
        return String.join(",", needs.stream().map(Enum::name).toList());
    }
}
