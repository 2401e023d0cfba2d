package org.safeguard.base.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** A process definition's name and model, by definition id. */
@Component
class ProcessNames {

    private final RepositoryService repository;

    ProcessNames(RepositoryService repository) {
        this.repository = repository;
    }

    String of(String processDefinitionId) {
        ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
        return definition.getName() != null ? definition.getName() : definition.getKey();
    }

    String xml(String processDefinitionId) {
        try (InputStream model = repository.getProcessModel(processDefinitionId)) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
