package org.safeguard.workbench;

/** What a model in the library is: a BPMN process or a DMN decision. */
public enum ModelKind {
    PROCESS,
    DECISION
}
