package org.safeguard.accountability;

/** For staff, volunteers and contractors: the disciplinary measures decided and why. */
public record DisciplinaryDecision(String measures, String reasons) {}
