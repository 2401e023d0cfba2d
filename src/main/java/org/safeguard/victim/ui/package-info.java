/**
 * The advocate's and manager's forms for the victim-assistance tasks. They show a victim by
 * pseudonym only (never a name or contact) and complete each task through the victim feature's
 * typed methods, which check that the task belongs to that victim or referral.
 */
package org.safeguard.victim.ui;
