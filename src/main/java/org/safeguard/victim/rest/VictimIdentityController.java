package org.safeguard.victim.rest;

import org.safeguard.victim.VictimIdentity;
import org.safeguard.victim.Victims;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A victim's identity for the advocates' systems; the victim is named by id only, never in the URL. */
@RestController
class VictimIdentityController {

    private final Victims victims;

    VictimIdentityController(Victims victims) {
        this.victims = victims;
    }

    @GetMapping(path = "/api/victims/{id}/identity", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VictimIdentity> identity(@PathVariable long id) {
        // No cache, shared or private, may keep a victim's name.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(victims.identity(id));
    }
}
