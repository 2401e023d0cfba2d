/**
 * The conduct officer's forms for the Member State engagement tasks: sending the note verbale and
 * providing the information a Member State asked for, each completed through
 * {@code MemberStateEngagements}.
 */
package org.safeguard.memberstate.ui;
