package org.safeguard.workbench;

/** An instance whose migration failed (its job ran out of retries), with the engine's reason made readable. */
public record FailedMigration(String processInstanceId, String caseReference, String message) {}
