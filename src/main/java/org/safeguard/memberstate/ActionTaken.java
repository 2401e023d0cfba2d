package org.safeguard.memberstate;

import java.time.LocalDate;

/** One action a Member State reports having taken, on the date it was taken; {@code detail} is optional. */
public record ActionTaken(ActionKind kind, LocalDate takenOn, String detail) {}
