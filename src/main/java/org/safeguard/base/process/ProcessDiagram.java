package org.safeguard.base.process;

import java.util.List;

/**
 * One process instance drawn from its model: the activities it is in now and those it finished.
 *
 * @param xml the BPMN 2.0 XML of the instance's process definition
 */
public record ProcessDiagram(String processInstanceId, String processName, String xml,
                             List<String> currentActivityIds, List<String> completedActivityIds) {
}
