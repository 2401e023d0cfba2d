/**
 * Figures for managers and the public: the Member State scorecard (how each Member State answers
 * the notes verbales of a quarter) and the published statistics of allegations (a quarter's or a
 * year's cases in the organisation's published form). Read-only aggregates over the tables of
 * the case file, victims (age group and sex only), investigations, accountability and Member
 * State engagements; never a victim's identity.
 */
package org.safeguard.statistics;
