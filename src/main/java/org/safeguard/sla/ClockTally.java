package org.safeguard.sla;

/**
 * Open clocks past their target and at risk under one value of a {@link ClockDimension}.
 *
 * @param key the entity code, Member State, allegation type, personnel category or clock name; null
 *            when the case does not know it
 */
public record ClockTally(String key, long breached, long atRisk) {}
