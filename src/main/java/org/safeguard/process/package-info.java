/**
 * The engine side of Safeguard: the beans the models call (delegates, listeners, correlations)
 * and the engine's wiring (identity, REST authentication, grants, guards). The models' vocabulary,
 * one backing class per BPMN file, is in {@code base/processes}, where features use it too. Calls
 * feature services; no feature calls it.
 */
package org.safeguard.process;
