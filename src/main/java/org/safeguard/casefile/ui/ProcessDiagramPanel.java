package org.safeguard.casefile.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.process.CaseProcess;
import org.safeguard.base.process.ProcessDiagram;
import org.safeguard.base.process.ProcessDiagrams;
import org.safeguard.base.ui.BpmnDiagram;

/**
 * Where a case's running process instances stand: choose one, see its diagram; a click on a call
 * activity shows the instance it started (a finished one too, then none of the choices is chosen).
 */
class ProcessDiagramPanel extends VerticalLayout {

    private final ProcessDiagrams diagrams;
    private final BpmnDiagram diagram = new BpmnDiagram();
    private final Span processName = new Span();
    private final Select<CaseProcess> choice = new Select<>();
    private String shownInstanceId;

    ProcessDiagramPanel(ProcessDiagrams diagrams, List<CaseProcess> running) {
        this.diagrams = diagrams;
        setPadding(false);
        addClassName("processes");
        processName.addClassName("diagram-process");
        choice.setLabel(Texts.text("caseFile.runningProcess"));
        choice.setWidth("32em");
        choice.setItemLabelGenerator(process -> Texts.text("caseFile.process", process.processName(),
                Texts.dateTime(process.startedAt())));
        choice.setItems(running);
        choice.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue().processInstanceId());
            }
        });
        diagram.addCallActivityClickListener(click -> diagrams.calledBy(shownInstanceId, click.activityId())
                .ifPresent(called -> running.stream().filter(process -> process.processInstanceId().equals(called))
                        .findFirst().ifPresentOrElse(choice::setValue, () -> {
                            choice.clear();
                            show(called);
                        })));
        add(choice, processName, diagram, new Span(Texts.text("caseFile.diagramHelp")));
        choice.setValue(running.get(0));
    }

    private void show(String processInstanceId) {
        ProcessDiagram model = diagrams.diagram(processInstanceId);
        shownInstanceId = processInstanceId;
        processName.setText(model.processName());
        diagram.show(model.xml(), model.currentActivityIds(), model.completedActivityIds());
    }
}
