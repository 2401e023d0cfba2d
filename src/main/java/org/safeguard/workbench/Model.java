package org.safeguard.workbench;

import java.util.List;

/** A process or decision of the library with its versions, newest first. */
public record Model(String key, ModelKind kind, String name, List<ModelVersion> versions) {}
