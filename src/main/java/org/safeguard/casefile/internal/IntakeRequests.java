package org.safeguard.casefile.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.safeguard.casefile.IdempotencyConflictException;
import org.safeguard.casefile.IdempotencyKey;
import org.safeguard.casefile.NewAllegation;
import org.safeguard.casefile.RegisteredCase;
import org.springframework.stereotype.Component;

/** Idempotency keys of intake requests: claimed with the case, replayed on retry. */
@Component
public class IntakeRequests {

    private final IntakeRequestMapper mapper;
    private final ObjectMapper json;
    private final Clock clock;

    IntakeRequests(IntakeRequestMapper mapper, ObjectMapper json, Clock clock) {
        this.mapper = mapper;
        this.json = json;
        this.clock = clock;
    }

    /** A digest of the request, so a key reused for another request is recognised. */
    public String fingerprint(NewAllegation allegation) {
        try {
            byte[] canonical = json.writeValueAsBytes(allegation);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint an intake request", e);
        }
    }

    /** Inserts the key; a concurrent holder of the same key makes this wait, then fail as a duplicate. */
    public void claim(IdempotencyKey key, String fingerprint) {
        mapper.insert(key.client(), key.key(), fingerprint, clock.instant());
    }

    public void attach(IdempotencyKey key, String reference) {
        mapper.attachCase(key.client(), key.key(), reference);
    }

    /** The case an earlier request with this key made, if that request committed. */
    public Optional<RegisteredCase> replay(IdempotencyKey key, String fingerprint) {
        IntakeRequestRow earlier = mapper.find(key.client(), key.key());
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.requestHash().equals(fingerprint)) {
            throw new IdempotencyConflictException();
        }
        return Optional.of(new RegisteredCase(earlier.reference(), earlier.status(), true));
    }
}
