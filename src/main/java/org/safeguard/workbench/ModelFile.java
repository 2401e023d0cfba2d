package org.safeguard.workbench;

/** A deployed model as the file it was deployed from, e.g. to bring it back into {@code processes/}. */
public record ModelFile(String fileName, byte[] content) {}
