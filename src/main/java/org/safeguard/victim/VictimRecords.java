package org.safeguard.victim;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.victim.internal.AssistanceTrackMapper;
import org.safeguard.victim.internal.ConsentMapper;
import org.safeguard.victim.internal.NeedsAssessmentRow;
import org.safeguard.victim.internal.VictimMapper;
import org.safeguard.victim.internal.VictimRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a victim's consent and needs (who recorded what, when) for victims' rights
 * advocates only: what a victim agreed to and needs is theirs to know, not the investigators'
 * or the managers', who see the victim's pseudonym and nothing more.
 */
@Service
public class VictimRecords {

    private final VictimMapper victims;
    private final ConsentMapper consents;
    private final AssistanceTrackMapper tracks;
    private final CaseVisibility cases;
    private final CurrentUser user;

    VictimRecords(
            VictimMapper victims,
            ConsentMapper consents,
            AssistanceTrackMapper tracks,
            CaseVisibility cases,
            CurrentUser user) {
        this.victims = victims;
        this.consents = consents;
        this.tracks = tracks;
        this.cases = cases;
        this.user = user;
    }

    /** Whether the signed-in user may read victims' histories at all, to offer the section. */
    public boolean mayRead() {
        return user.hasAnyRole(Role.VRA);
    }

    /**
     * @throws AccessDeniedException unless the user is a victims' rights advocate
     * @throws NotFoundException     when the victim's case is outside the user's scope
     */
    @Transactional(readOnly = true)
    public VictimHistory of(long victimId) {
        if (!mayRead()) {
            throw new AccessDeniedException("Victims' consent and needs are for victims' rights advocates");
        }
        VictimRow victim = victims.findById(victimId);
        if (victim == null) {
            throw new NotFoundException("victim " + victimId);
        }
        cases.requireVisible(victim.caseId());
        return new VictimHistory(victimId, consents.findHistory(victimId), needs(victimId));
    }

    // Needs assessed before the history was kept show as one assessment by nobody known.
    private List<NeedsRecord> needs(long victimId) {
        List<NeedsRecord> history = tracks.findAssessments(victimId).stream()
                .map(VictimRecords::record)
                .toList();
        if (!history.isEmpty()) {
            return history;
        }
        return tracks.findLastAssessedAt(victimId)
                .map(at -> List.of(new NeedsRecord(tracks.findNeeds(victimId), at, null)))
                .orElse(List.of());
    }

    private static NeedsRecord record(NeedsAssessmentRow row) {
        List<Need> needs = Arrays.stream(Objects.toString(row.needs(), "").split(","))
                .filter(code -> !code.isBlank())
                .map(Need::valueOf)
                .toList();
        return new NeedsRecord(needs, row.assessedAt(), row.assessedBy());
    }
}
