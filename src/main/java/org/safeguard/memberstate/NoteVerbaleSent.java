package org.safeguard.memberstate;

import java.time.Instant;

/** The conduct officer has sent the note verbale of an engagement, completing task {@code taskId}. */
public record NoteVerbaleSent(String taskId, long engagementId, Instant sentAt) {}
