package org.safeguard.victim;

import java.util.List;

/** What was recorded about a victim's consent and needs, newest first, for the advocates. */
public record VictimHistory(long victimId, List<ConsentRecord> consents, List<NeedsRecord> needs) {}
