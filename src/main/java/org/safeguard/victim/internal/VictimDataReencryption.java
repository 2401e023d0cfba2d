package org.safeguard.victim.internal;

import java.util.List;
import org.safeguard.base.crypto.FieldCipher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every victim's name, contact and safe-contact notes with the active key, and
 * encrypts legacy plaintext, in batches of one transaction each so a large table never holds
 * one long transaction; a run interrupted half-way can simply be started again.
 */
@Component
public class VictimDataReencryption {

    static final int BATCH_SIZE = 200;

    private final VictimMapper mapper;
    private final FieldCipher cipher;
    private final TransactionTemplate transactions;

    VictimDataReencryption(VictimMapper mapper, FieldCipher cipher, TransactionTemplate transactions) {
        this.mapper = mapper;
        this.cipher = cipher;
        this.transactions = transactions;
    }

    /** With another cipher than the application's, e.g. one that knows a newly added key. */
    public VictimDataReencryption withCipher(FieldCipher other) {
        return new VictimDataReencryption(mapper, other, transactions);
    }

    /** Returns the number of victims whose values changed. */
    public int reencryptAll() {
        int changed = 0;
        long afterId = 0;
        List<StoredIdentity> batch;
        do {
            long from = afterId;
            batch = transactions.execute(status -> mapper.findIdentities(from, BATCH_SIZE));
            List<StoredIdentity> page = batch;
            changed += transactions.execute(status -> reencrypt(page));
            afterId = batch.isEmpty() ? afterId : batch.get(batch.size() - 1).id();
        } while (batch.size() == BATCH_SIZE);
        return changed;
    }

    private int reencrypt(List<StoredIdentity> batch) {
        int changed = 0;
        for (StoredIdentity stored : batch) {
            StoredIdentity now = new StoredIdentity(
                    stored.id(),
                    cipher.reencrypt(stored.name()),
                    cipher.reencrypt(stored.contact()),
                    cipher.reencrypt(stored.safeContactNotes()));
            if (!now.equals(stored)) {
                mapper.updateIdentity(now);
                changed++;
            }
        }
        return changed;
    }
}
