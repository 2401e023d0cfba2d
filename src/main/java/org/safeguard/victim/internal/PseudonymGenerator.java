package org.safeguard.victim.internal;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Pseudonyms such as {@code V-7Q3KD}: random, so they reveal nothing of the order of intake,
 * from an alphabet without look-alikes (no 0/O, 1/I/L), easy to read out on the phone.
 */
@Component
public class PseudonymGenerator {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 5;

    private final SecureRandom random = new SecureRandom();
    private final VictimMapper victims;

    PseudonymGenerator(VictimMapper victims) {
        this.victims = victims;
    }

    /** A pseudonym not yet used; the unique constraint guards the remaining race. */
    public String next() {
        String candidate;
        do {
            candidate = random();
        } while (victims.pseudonymExists(candidate));
        return candidate;
    }

    String random() {
        StringBuilder pseudonym = new StringBuilder("V-");
        for (int i = 0; i < LENGTH; i++) {
            pseudonym.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return pseudonym.toString();
    }
}
