package org.safeguard.sandbox.internal;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.safeguard.sandbox.ModelBeans;
import org.safeguard.sandbox.ModelSandbox;

/**
 * Resolves an identifier that is not a variable to a bean, if {@link ModelSandbox} lists it; an
 * identifier naming any other bean is refused rather than left unresolved, so the reason is clear.
 */
class ModelBeansResolver extends ELResolver {

    private final ModelBeans beans;

    ModelBeansResolver(ModelBeans beans) {
        this.beans = beans;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        if (ModelSandbox.isModelBean(name)) {
            Object bean = beans.bean(name);
            if (bean != null) {
                context.setPropertyResolved(true);
            }
            return bean;
        }
        if (beans.exists(name)) {
            throw new SandboxRefusal("the bean '" + name + "', which is not on the list of beans models may use");
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base == null && property instanceof String name && (ModelSandbox.isModelBean(name) || beans.exists(name))) {
            throw new SandboxRefusal("replacing the bean '" + name + "'");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return Object.class;
    }
}
