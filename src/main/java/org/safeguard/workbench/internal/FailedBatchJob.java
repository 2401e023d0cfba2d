package org.safeguard.workbench.internal;

/**
 * A migration job of a batch that ran out of retries: the engine's message and the job's
 * configuration (JSON naming the instances it migrates; the job itself names none).
 */
public record FailedBatchJob(String jobId, String message, byte[] configuration) {}
