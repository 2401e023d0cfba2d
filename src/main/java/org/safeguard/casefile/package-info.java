/**
 * Case files: intake of an allegation, its subjects grouped by personnel category and
 * nationality, and the case's published attributes. Intake records the case and announces
 * {@link org.safeguard.casefile.CaseRecorded}; the lifecycle process starts from that event in
 * the same transaction.
 */
package org.safeguard.casefile;
