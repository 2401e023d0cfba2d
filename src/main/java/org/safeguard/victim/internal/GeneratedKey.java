package org.safeguard.victim.internal;

/** Receives a key the database generated on insert; records cannot. */
public class GeneratedKey {

    private Long value;

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }
}
