package org.safeguard.sandbox.internal;

import java.beans.FeatureDescriptor;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.safeguard.sandbox.ModelBeans;
import org.safeguard.sandbox.ModelSandbox;

/**
 * The last resolver of the chain, so whatever reaches it with a base was answered by no variable
 * or collection resolver: it calls the listed methods of the listed beans and of
 * {@code execution}/{@code task}, reads their listed properties, and refuses everything else
 * (every method call, property read or write on any other object) before anything runs. JUEL
 * sends every method call and property access through the resolver chain, so nothing passes by.
 */
class AllowListResolver extends ELResolver {

    private final ModelBeans beans;
    /** Does the reflection once the sandbox has allowed the call; never asked about anything else. */
    private final BeanELResolver reflection = new BeanELResolver(true);

    AllowListResolver(ModelBeans beans) {
        this.beans = beans;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null) {
            return null;
        }
        String name = String.valueOf(method);
        boolean allowed = isExecution(base)
                ? ModelSandbox.allowsExecutionMethod(name)
                : isCollection(base)
                        ? ModelSandbox.allowsCollectionMethod(name)
                        : ModelSandbox.allowsBeanMethod(beanName(base), name);
        if (!allowed) {
            throw new SandboxRefusal("the call " + name + "() on " + describe(base));
        }
        return reflection.invoke(context, base, method, paramTypes, params);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null) {
            return null;
        }
        if (!isExecution(base) || !ModelSandbox.allowsExecutionProperty(String.valueOf(property))) {
            throw new SandboxRefusal("reading ." + property + " of " + describe(base));
        }
        return reflection.getValue(context, base, property);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base != null) {
            throw new SandboxRefusal("writing ." + property + " of " + describe(base));
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (base != null) {
            throw new SandboxRefusal("inspecting ." + property + " of " + describe(base));
        }
        return null;
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (base != null) {
            throw new SandboxRefusal("inspecting ." + property + " of " + describe(base));
        }
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    private static boolean isCollection(Object base) {
        return base instanceof Collection<?> || base instanceof Map<?, ?>;
    }

    private static boolean isExecution(Object base) {
        return base instanceof DelegateExecution || base instanceof DelegateTask;
    }

    /** The listed bean {@code base} is (the same object, not merely of its class), or null. */
    private String beanName(Object base) {
        return ModelSandbox.callableBeans().stream()
                .filter(name -> beans.bean(name) == base)
                .findFirst()
                .orElse(null);
    }

    private String describe(Object base) {
        String bean = beanName(base);
        if (bean != null) {
            return "the bean " + bean;
        }
        return isExecution(base)
                ? "the execution"
                : "a value of type " + base.getClass().getName();
    }
}
