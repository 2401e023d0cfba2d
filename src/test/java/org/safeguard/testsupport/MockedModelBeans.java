package org.safeguard.testsupport;

import org.camunda.bpm.engine.test.mock.Mocks;
import org.safeguard.sandbox.ModelBeans;

/**
 * The beans of a process test, registered with Camunda's {@link Mocks}, for the model sandbox of
 * the process-test engine ({@code process-test-engine.cfg.xml}): the models run under the same
 * sandbox as in the application, with the test's mocks in place of Spring's beans.
 */
public class MockedModelBeans implements ModelBeans {

    @Override
    public Object bean(String name) {
        return Mocks.get(name);
    }

    @Override
    public boolean exists(String name) {
        return Mocks.get(name) != null;
    }
}
