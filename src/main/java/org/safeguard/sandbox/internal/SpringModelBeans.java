package org.safeguard.sandbox.internal;

import org.safeguard.sandbox.ModelBeans;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/** The application's beans, as the sandbox sees them: it fetches only the ones the list names. */
@Component
class SpringModelBeans implements ModelBeans {

    private final ListableBeanFactory factory;

    SpringModelBeans(ListableBeanFactory factory) {
        this.factory = factory;
    }

    @Override
    public Object bean(String name) {
        return factory.containsBean(name) ? factory.getBean(name) : null;
    }

    @Override
    public boolean exists(String name) {
        return factory.containsBean(name);
    }
}
