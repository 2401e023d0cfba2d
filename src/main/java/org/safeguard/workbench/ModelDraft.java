package org.safeguard.workbench;

import java.time.Instant;

/** The draft of a model: its XML, how many times it was saved, and by whom last. */
public record ModelDraft(String modelKey, String content, int version, String savedBy, Instant savedAt) {}
