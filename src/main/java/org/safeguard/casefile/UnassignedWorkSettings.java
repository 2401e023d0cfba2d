package org.safeguard.casefile;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The managers' list of unassigned and unreachable work ({@code safeguard.unassigned-work.*}).
 *
 * @param unclaimedAfter an unassigned task someone could claim joins the list once it is this old
 * @param listLimit      how many tasks the list shows at most, unreachable ones first
 */
@ConfigurationProperties("safeguard.unassigned-work")
public record UnassignedWorkSettings(
        @DefaultValue("3d") Duration unclaimedAfter,
        @DefaultValue("500") int listLimit) {}
