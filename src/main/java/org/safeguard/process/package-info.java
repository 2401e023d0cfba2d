/**
 * The engine side of Safeguard: one backing class per BPMN file (key, element ids, typed
 * variables), the beans the models call, and the engine's wiring (identity, REST
 * authentication). Calls feature services; no feature calls it.
 */
package org.safeguard.process;
