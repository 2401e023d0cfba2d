package org.safeguard.admin.internal;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.safeguard.admin.ApiTokens;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.ApiTokenRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use of API tokens, audited in aggregate: each call adds to a counter in memory, and at most
 * once a minute the counts go to the tokens' rows ({@code use_count}, {@code last_used_at}) and one
 * audit entry per token that was used. Refusals are counted by reason and logged with the token
 * ids concerned, never a secret. A call thus costs no write, and a busy integration adds one audit
 * entry a minute, not one per call.
 */
@Component
public class TokenUsage {

    private static final Logger log = LoggerFactory.getLogger(TokenUsage.class);

    private final Map<String, Uses> uses = new ConcurrentHashMap<>();
    private final Map<ApiTokenRefusal, LongAdder> refusals = new ConcurrentHashMap<>();
    private final Set<String> refusedIds = ConcurrentHashMap.newKeySet();
    private final ApiTokenMapper tokens;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    TokenUsage(ApiTokenMapper tokens, AuditTrail audit, PlatformTransactionManager transactions) {
        this.tokens = tokens;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    void used(String tokenId, String username, Instant at) {
        // merge is atomic per key: a flush that removes the entry never loses a call.
        uses.merge(tokenId, new Uses(username, 1, at), Uses::plus);
    }

    void refused(ApiTokenRefusal refusal, String tokenId) {
        refusals.computeIfAbsent(refusal, any -> new LongAdder()).increment();
        if (tokenId != null && refusedIds.size() < 100) {
            refusedIds.add(tokenId);
        }
    }

    /** Writes what was counted since the last flush; also called by the tests instead of waiting. */
    @Scheduled(
            fixedDelayString = "${safeguard.api-tokens.usage-flush-interval:1m}",
            initialDelayString = "${safeguard.api-tokens.usage-flush-interval:1m}")
    public void flush() {
        for (String id : Set.copyOf(uses.keySet())) {
            Uses counted = uses.remove(id);
            if (counted != null) {
                transaction.executeWithoutResult(status -> write(id, counted));
            }
        }
        logRefusals();
    }

    @PreDestroy
    void flushOnShutdown() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("API token uses of the last minute could not be written at shutdown", e);
        }
    }

    private void write(String id, Uses counted) {
        tokens.addUses(id, counted.calls(), counted.last());
        audit.record(AuditEntry.of(
                AuditAction.API_TOKEN_USED,
                null,
                ApiTokens.target(id),
                "account=" + counted.username() + " calls=" + counted.calls() + " last=" + counted.last()));
    }

    private void logRefusals() {
        Map<ApiTokenRefusal, Long> counts = new EnumMap<>(ApiTokenRefusal.class);
        refusals.forEach((refusal, count) -> {
            long sum = count.sumThenReset();
            if (sum > 0) {
                counts.put(refusal, sum);
            }
        });
        if (!counts.isEmpty()) {
            Set<String> ids = new TreeSet<>(refusedIds);
            refusedIds.removeAll(ids);
            log.warn("API tokens refused since the last count: {}; known token ids among them: {}", counts, ids);
        }
    }

    private record Uses(String username, long calls, Instant last) {

        Uses plus(Uses more) {
            return new Uses(username, calls + more.calls, last.isAfter(more.last) ? last : more.last);
        }
    }
}
