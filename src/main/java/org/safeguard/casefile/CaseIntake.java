package org.safeguard.casefile;

import java.util.List;
import org.safeguard.admin.Accounts;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.internal.CaseRecorder;
import org.safeguard.casefile.internal.IntakeRequests;
import org.safeguard.casefile.internal.IntakeRules;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers allegations. The case, its subjects and victims, the idempotency key and the
 * lifecycle process instance commit in one transaction, or none of them does.
 */
@Service
public class CaseIntake {

    private final IntakeRules rules;
    private final CaseRecorder recorder;
    private final IntakeRequests requests;
    private final TransactionTemplate transaction;
    private final CurrentUser user;
    private final Accounts accounts;

    CaseIntake(
            IntakeRules rules,
            CaseRecorder recorder,
            IntakeRequests requests,
            TransactionTemplate transaction,
            CurrentUser user,
            Accounts accounts) {
        this.user = user;
        this.accounts = accounts;
        this.rules = rules;
        this.recorder = recorder;
        this.requests = requests;
        this.transaction = transaction;
    }

    /**
     * Records the allegation and starts its lifecycle.
     *
     * @param key the client's idempotency key, or {@code null} when the client sent none
     * @throws org.safeguard.base.InvalidInputException naming every bad field; nothing is written
     * @throws IdempotencyConflictException when the key was used for a different request
     */
    public RegisteredCase register(NewAllegation allegation, IdempotencyKey key) {
        boolean bySystem = requireRegistrar();
        // One transaction from the first lookup on: the checks read reference data, and bad input
        // rolls back having written nothing.
        if (key == null) {
            return transaction.execute(status -> {
                check(allegation, bySystem);
                return recorder.record(allegation);
            });
        }
        String fingerprint = requests.fingerprint(allegation);
        try {
            return transaction.execute(status -> {
                check(allegation, bySystem);
                // The key row goes first: a racing retry with the same key waits on it.
                requests.claim(key, fingerprint);
                RegisteredCase registered = recorder.record(allegation);
                requests.attach(key, registered.reference());
                return registered;
            });
        } catch (DuplicateKeyException e) {
            return transaction
                    .execute(status -> requests.replay(key, fingerprint))
                    .orElseThrow(() -> e);
        }
    }

    /** Whether Safeguard itself registers (demo data); otherwise the caller must be an intake officer. */
    private boolean requireRegistrar() {
        if (user.isSystem()) {
            return true;
        }
        if (!user.hasAnyRole(Role.INTAKE)) {
            throw new AccessDeniedException("Only intake officers register allegations");
        }
        return false;
    }

    private void check(NewAllegation allegation, boolean bySystem) {
        String entity = bySystem ? null : registeringEntity();
        rules.check(allegation);
        if (entity != null && !entity.equals(allegation.entity())) {
            throw new InvalidInputException(List.of(
                    new Violation("entity", "must be " + entity + ", the entity you register allegations for")));
        }
    }

    /** The entity the acting intake officer registers for, the one whose cases they see. */
    private String registeringEntity() {
        return accounts.entityOf(user.username())
                .orElseThrow(() -> new AccessDeniedException("The intake officer's account names no entity"));
    }
}
