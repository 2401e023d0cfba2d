package org.safeguard.victim.ui;

import org.safeguard.victim.ConsentGiver;

/** The answer to the offer of assistance, as {@code Assistance.completeConsentGate} takes it. */
record ConsentAnswer(boolean given, ConsentGiver givenBy) {}
