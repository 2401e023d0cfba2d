package org.safeguard.workbench.rest;

import java.net.URI;
import java.util.List;
import org.safeguard.workbench.MigrationBatch;
import org.safeguard.workbench.MigrationPreview;
import org.safeguard.workbench.MigrationProgress;
import org.safeguard.workbench.ModelMigrations;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Preview a migration of a process's running instances, start it as a batch, follow its progress
 * and retry its failures; a model's past migrations.
 */
@RestController
@RequestMapping(path = "/api/models", produces = MediaType.APPLICATION_JSON_VALUE)
class ModelMigrationController {

    static final String BATCHES = "/api/models/migrations/";

    private final ModelMigrations migrations;

    ModelMigrationController(ModelMigrations migrations) {
        this.migrations = migrations;
    }

    @GetMapping("/{key}/migrations/preview")
    MigrationPreview preview(@PathVariable String key, @RequestParam int from, @RequestParam int to) {
        return migrations.preview(key, from, to);
    }

    /**
     * Body: {@code {"from":1,"to":2,"processInstanceIds":[…] (all when absent),"updateTimers":true,"reason":"…"}};
     * 202 with the batch, its progress at the Location.
     */
    @PostMapping(path = "/{key}/migrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MigrationBatch> start(@PathVariable String key, @RequestBody Migrate body) {
        MigrationBatch batch = migrations.start(
                key, body.from(), body.to(), body.processInstanceIds(), body.updateTimers(), body.reason());
        return ResponseEntity.accepted()
                .location(URI.create(BATCHES + batch.batchId()))
                .body(batch);
    }

    /** The model's migration batches, newest first. */
    @GetMapping("/{key}/migrations")
    List<MigrationProgress> batches(@PathVariable String key) {
        return migrations.batches(key);
    }

    @GetMapping("/migrations/{batchId}")
    MigrationProgress progress(@PathVariable String batchId) {
        return migrations.progress(batchId);
    }

    @PostMapping("/migrations/{batchId}/retry")
    MigrationProgress retry(@PathVariable String batchId) {
        return migrations.retry(batchId);
    }

    record Migrate(int from, int to, List<String> processInstanceIds, boolean updateTimers, String reason) {}
}
