/**
 * Accountability for a substantiated subject group: what the Member State, the organisation or the
 * responsible entity did, by personnel category, and the screening-database entry that keeps the
 * person from being re-engaged. Each user task is completed through this feature's service, which
 * records the measures in its own table and hands the engine codes only.
 */
package org.safeguard.accountability;
