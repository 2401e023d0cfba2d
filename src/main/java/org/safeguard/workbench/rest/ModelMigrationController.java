package org.safeguard.workbench.rest;

import java.util.List;
import org.safeguard.workbench.MigrationPreview;
import org.safeguard.workbench.MigrationResult;
import org.safeguard.workbench.ModelMigrations;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Preview and run the migration of a process's running instances from one version to another. */
@RestController
@RequestMapping(path = "/api/models/{key}/migrations", produces = MediaType.APPLICATION_JSON_VALUE)
class ModelMigrationController {

    private final ModelMigrations migrations;

    ModelMigrationController(ModelMigrations migrations) {
        this.migrations = migrations;
    }

    @GetMapping("/preview")
    MigrationPreview preview(@PathVariable String key, @RequestParam int from, @RequestParam int to) {
        return migrations.preview(key, from, to);
    }

    /** Body: {@code {"from":1,"to":2,"processInstanceIds":[…] (all when absent),"updateTimers":true,"reason":"…"}}. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    MigrationResult migrate(@PathVariable String key, @RequestBody Migrate body) {
        return migrations.migrate(key, body.from(), body.to(), body.processInstanceIds(), body.updateTimers(), body.reason());
    }

    record Migrate(int from, int to, List<String> processInstanceIds, boolean updateTimers, String reason) {
    }
}
