/**
 * The process owner's workbench: the rules a model must meet before it is deployed, enforced on
 * every deployment (the shipped models, the workbench, the desktop modeler); the model library,
 * drafts and roll back; migrating running cases to a new version as a batch of the engine; and the
 * live figures of where a version's cases wait and how their deadlines stand.
 */
package org.safeguard.workbench;
