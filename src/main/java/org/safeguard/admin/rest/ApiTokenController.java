package org.safeguard.admin.rest;

import java.net.URI;
import java.util.List;
import org.safeguard.admin.ApiToken;
import org.safeguard.admin.ApiTokenRequest;
import org.safeguard.admin.ApiTokens;
import org.safeguard.admin.IssuedApiToken;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API tokens for administrators: issue (the secret is in this answer only), list, revoke. */
@RestController
@RequestMapping(path = "/api/admin/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** Body: {@code {"name":"…","account":"…","scopes":["read"],"expiresAt":"2026-12-31T00:00:00Z"}}. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IssuedApiToken> issue(@RequestBody ApiTokenRequest request) {
        IssuedApiToken issued = tokens.issue(request);
        return ResponseEntity.created(
                        URI.create("/api/admin/tokens/" + issued.details().id()))
                .body(issued);
    }

    @GetMapping
    List<ApiToken> all() {
        return tokens.all();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
