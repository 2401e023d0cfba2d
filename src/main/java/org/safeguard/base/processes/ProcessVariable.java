package org.safeguard.base.processes;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A process variable with its name and type in one place, so no model reads {@code (String) getVariable("x")}. */
public record ProcessVariable<T>(String name, Class<T> type) {

    public T from(VariableScope scope) {
        return type.cast(scope.getVariable(name));
    }

    /** Sets the variable where it is declared (a subject group's branch declares its own). */
    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** Declares the variable on this scope itself: an activity's or a branch's own, gone when it ends. */
    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value);
    }

    public void put(Map<String, Object> variables, T value) {
        variables.put(name, value);
    }
}
