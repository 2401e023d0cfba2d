/**
 * The process owner's workbench: the rules a model must meet before it is deployed, enforced on
 * every deployment (the shipped models, the workbench, the desktop modeler).
 */
package org.safeguard.workbench;
