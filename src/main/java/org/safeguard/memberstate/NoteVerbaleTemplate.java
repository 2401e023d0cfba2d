package org.safeguard.memberstate;

import java.time.Instant;

/**
 * The note verbale template of one language ({@code en}, {@code fr}): Mustache over XHTML.
 * Version 0 is the default shipped with Safeguard; each replacement by a process owner is the next
 * version, and the highest is in use.
 */
public record NoteVerbaleTemplate(String language, int version, String body, String createdBy, Instant createdAt) {}
