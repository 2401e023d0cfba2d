package org.safeguard.investigation.internal;

/** Receives a key the database generated on insert; records cannot. */
public class GeneratedId {

    private Long value;

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }
}
