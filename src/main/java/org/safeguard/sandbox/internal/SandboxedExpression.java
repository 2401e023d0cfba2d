package org.safeguard.sandbox.internal;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.JuelExpression;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ValueExpression;

/** An engine expression whose refusals name the expression, so an incident says which one. */
class SandboxedExpression extends JuelExpression {

    SandboxedExpression(ValueExpression valueExpression, JuelExpressionManager manager, String text) {
        super(valueExpression, manager, text);
    }

    @Override
    public Object getValue(VariableScope variableScope, BaseDelegateExecution contextExecution) {
        try {
            return super.getValue(variableScope, contextExecution);
        } catch (ProcessEngineException e) {
            throw located(e);
        }
    }

    @Override
    public void setValue(Object value, VariableScope variableScope, BaseDelegateExecution contextExecution) {
        try {
            super.setValue(value, variableScope, contextExecution);
        } catch (ProcessEngineException e) {
            throw located(e);
        }
    }

    private ProcessEngineException located(ProcessEngineException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SandboxRefusal refusal) {
                return refusal.in(expressionText, failure);
            }
        }
        return failure;
    }
}
