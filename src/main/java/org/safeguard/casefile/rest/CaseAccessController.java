package org.safeguard.casefile.rest;

import java.util.List;
import org.safeguard.casefile.BreakGlassAccess;
import org.safeguard.casefile.CaseTeams;
import org.safeguard.casefile.Colleague;
import org.safeguard.casefile.ConflictsOfInterest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who works a case: its team, the users excluded from it, and break-glass access. */
@RestController
@RequestMapping(path = "/api/cases/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseAccessController {

    private final CaseTeams teams;
    private final ConflictsOfInterest conflicts;

    CaseAccessController(CaseTeams teams, ConflictsOfInterest conflicts) {
        this.teams = teams;
        this.conflicts = conflicts;
    }

    @GetMapping("/team")
    List<String> team(@PathVariable String reference) {
        return teams.members(reference);
    }

    /** Whom the caller may add: investigators not on the team and without a conflict of interest with the case. */
    @GetMapping("/team/candidates")
    List<Colleague> teamCandidates(@PathVariable String reference) {
        return teams.candidates(reference);
    }

    @PutMapping("/team/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void addToTeam(@PathVariable String reference, @PathVariable String username) {
        teams.add(reference, username);
    }

    @DeleteMapping("/team/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeFromTeam(@PathVariable String reference, @PathVariable String username) {
        teams.remove(reference, username);
    }

    @PostMapping(path = "/exclusions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void exclude(@PathVariable String reference, @RequestBody Exclusion exclusion) {
        conflicts.exclude(reference, exclusion.username(), exclusion.reason());
    }

    @PostMapping(path = "/break-glass", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    BreakGlassAccess breakGlass(@PathVariable String reference, @RequestBody Reason reason) {
        return conflicts.breakGlass(reference, reason.reason());
    }

    record Exclusion(String username, String reason) {}

    record Reason(String reason) {}
}
