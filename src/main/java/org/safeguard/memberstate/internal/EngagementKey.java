package org.safeguard.memberstate.internal;

/** Receives the key the database generated for a new engagement; records cannot. */
public class EngagementKey {

    private Long value;

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }
}
