package org.safeguard.workbench;

/** Another owner saved the draft since the version this save started from. */
public class DraftConflictException extends RuntimeException {

    private final transient ModelDraft current;

    public DraftConflictException(ModelDraft current) {
        super("The draft of " + current.modelKey() + " was saved by " + current.savedBy() + " at " + current.savedAt()
                + " (version " + current.version() + ") since you opened it");
        this.current = current;
    }

    public ModelDraft current() {
        return current;
    }
}
