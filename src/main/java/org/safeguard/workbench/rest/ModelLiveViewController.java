package org.safeguard.workbench.rest;

import org.safeguard.workbench.LiveFigures;
import org.safeguard.workbench.ModelLiveView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A deployed version's running cases per activity and their deadlines' state, for the live view. */
@RestController
class ModelLiveViewController {

    private final ModelLiveView live;

    ModelLiveViewController(ModelLiveView live) {
        this.live = live;
    }

    @GetMapping(path = "/api/models/{key}/versions/{version}/live", produces = MediaType.APPLICATION_JSON_VALUE)
    LiveFigures figures(@PathVariable String key, @PathVariable int version) {
        return live.figures(key, version);
    }
}
