package org.safeguard.workbench;

import java.util.List;

/**
 * How one element of a model differs between the deployed version and the draft.
 *
 * @param elementId   the element's id
 * @param elementType its BPMN/DMN type, e.g. {@code userTask}
 * @param kind        added, removed or changed
 * @param changes     for a changed element, each attribute or setting that differs
 */
public record ModelChange(String elementId, String elementType, Kind kind, List<Setting> changes) {

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** One attribute or nested setting (a timer's duration, an input parameter) before and after. */
    public record Setting(String name, String before, String after) {}
}
