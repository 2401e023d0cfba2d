package org.safeguard.base.process;

import java.util.List;

/**
 * One process instance drawn from its model: the activities it is in now and those it finished.
 *
 * @param processKey the definition's key, to name it in the user's language
 * @param xml        the BPMN 2.0 XML of the instance's process definition
 */
public record ProcessDiagram(
        String processInstanceId,
        String processKey,
        String processName,
        String xml,
        List<String> currentActivityIds,
        List<String> completedActivityIds) {}
