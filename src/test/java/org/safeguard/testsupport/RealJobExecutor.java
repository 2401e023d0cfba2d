package org.safeguard.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For the test classes that run the engine's real job executor: it runs only while such a class
 * runs. Their context stays cached for the next class like it, and an executor left running there
 * would take jobs from under the tests that run jobs by hand on the same database. (Closing the
 * context instead unregisters the shared engine name the REST API of the other contexts looks up.)
 */
public class RealJobExecutor implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        JobExecutor executor = executor(context);
        if (!executor.isActive()) {
            executor.start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        executor(context).shutdown();
    }

    private static JobExecutor executor(ExtensionContext context) {
        ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
        return ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor();
    }
}
