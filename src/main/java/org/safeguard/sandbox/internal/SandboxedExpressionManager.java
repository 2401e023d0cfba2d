package org.safeguard.sandbox.internal;

import java.lang.reflect.Method;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.safeguard.sandbox.ModelBeans;
import org.safeguard.sandbox.ModelSandbox;

/**
 * The engine's expression manager under the sandbox, for BPMN expressions and (through
 * {@link #toElProvider()}, which the engine hands the DMN engine) DMN's JUEL alike. In place of
 * Spring's resolver of every bean and JUEL's resolver of every method: variables, the listed beans,
 * read-only element access of arrays, lists and maps, then {@link AllowListResolver}.
 */
class SandboxedExpressionManager extends JuelExpressionManager {

    private final ModelBeans beans;

    SandboxedExpressionManager(ModelBeans beans) {
        this.beans = beans;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new ModelBeansResolver(beans));
        resolver.add(new ArrayELResolver(true));
        resolver.add(new ListELResolver(true));
        resolver.add(new MapELResolver(true));
        resolver.add(new AllowListResolver(beans));
        return resolver;
    }

    @Override
    public Expression createExpression(String expression) {
        return new SandboxedExpression(createValueExpression(expression), this, expression);
    }

    /** Only the functions the list names; a plugin adding another fails the engine's start loudly. */
    @Override
    public void addFunction(String name, Method function) {
        if (!ModelSandbox.allowsFunction(name)) {
            throw new SandboxRefusal("the expression function " + name + "(): add it to ModelSandbox first");
        }
        super.addFunction(name, function);
    }
}
