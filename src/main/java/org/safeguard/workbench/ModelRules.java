package org.safeguard.workbench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.safeguard.base.processes.ProcessContracts;
import org.safeguard.sandbox.SandboxFinding;
import org.safeguard.sandbox.SandboxRules;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Safeguard's own rules for a BPMN model, beyond what the engine's parser checks: what the code and
 * the promises of the organisation rely on. Every user task is offered to a candidate group and has
 * its due date from {@code sla-policy} (through {@code deadlines.due}); every delegate expression
 * names a bean that exists; every message is one the code correlates; decisions are ones that
 * exist; process keys are those the code starts; and no variable mapping carries a victim's
 * identity (names, contacts, addresses, birth dates stay in Safeguard's tables). Before all these,
 * for BPMN and DMN alike, the model sandbox's {@link SandboxRules}: what a model may make the server
 * do.
 */
@Component
public class ModelRules {

    private static final Pattern BEAN_NAME = Pattern.compile("^[#$]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final List<String> IDENTITY_WORDS = List.of("name", "contact", "phone", "email", "address", "birth");
    private static final List<String> IDENTITY_ALONE =
            List.of("contact", "phone", "email", "address", "dateofbirth", "birthdate", "fullname");

    private final Predicate<String> beanExists;
    private final Set<String> exemptProcessKeys;
    private final SandboxRules sandbox;

    /**
     * {@code exemptProcessKeys}: probe models the test suite deploys to exercise the engine's API
     * alone; a model all of whose processes are named there is spared the contract rules, never
     * the sandbox. Empty in production.
     */
    @Autowired
    ModelRules(
            ListableBeanFactory beans,
            @Value("${safeguard.model-rules.exempt-process-keys:}") Set<String> exemptProcessKeys) {
        this(beans::containsBean, exemptProcessKeys);
    }

    ModelRules(Predicate<String> beanExists, Set<String> exemptProcessKeys) {
        this.beanExists = beanExists;
        this.exemptProcessKeys = Set.copyOf(exemptProcessKeys);
        this.sandbox = new SandboxRules(beanExists);
    }

    /**
     * The findings for the file {@code fileName} of a deployment: the sandbox's for any file (a
     * file that is neither BPMN nor DMN is one finding), and the contract rules for a BPMN model.
     */
    public List<ModelFinding> check(String fileName, byte[] content) {
        List<ModelFinding> findings = new ArrayList<>(sandbox.check(fileName, content).stream()
                .map(ModelRules::finding)
                .toList());
        if (!SandboxRules.isProcess(fileName) || findings.stream().anyMatch(f -> "readable".equals(f.rule()))) {
            return findings;
        }
        try {
            findings.addAll(contract(Bpmn.readModelFromStream(new ByteArrayInputStream(content))));
        } catch (ModelException e) {
            findings.add(new ModelFinding("", "readable", "Not a readable BPMN 2.0 model: " + e.getMessage()));
        }
        return findings;
    }

    /** The findings for a model given as BPMN XML; an unreadable file is one finding. */
    public List<ModelFinding> check(byte[] bpmnXml) {
        return check("model.bpmn", bpmnXml);
    }

    /** The findings for a BPMN model already read. */
    public List<ModelFinding> check(BpmnModelInstance model) {
        return check("model.bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    }

    private static ModelFinding finding(SandboxFinding refused) {
        return new ModelFinding(refused.elementId(), refused.rule(), refused.message());
    }

    private List<ModelFinding> contract(BpmnModelInstance model) {
        List<ModelFinding> findings = new ArrayList<>();
        Collection<Process> processes = all(model, Process.class);
        if (!processes.isEmpty() && processes.stream().allMatch(p -> exemptProcessKeys.contains(p.getId()))) {
            return findings;
        }
        for (Process process : processes) {
            if (process.isExecutable() && !ProcessContracts.PROCESS_KEYS.contains(process.getId())) {
                findings.add(new ModelFinding(
                        process.getId(),
                        "process-key",
                        "The process key '" + process.getId()
                                + "' is not one Safeguard starts ("
                                + String.join(", ", sorted(ProcessContracts.PROCESS_KEYS))
                                + "): a renamed process is never started"));
            }
        }
        for (UserTask task : all(model, UserTask.class)) {
            if (blank(task.getCamundaCandidateGroups())) {
                findings.add(new ModelFinding(
                        task.getId(),
                        "candidate-group",
                        "The user task has no candidate group: no one would see it in their task list"));
            }
            if (blank(task.getCamundaDueDate()) || !task.getCamundaDueDate().contains("deadlines.due")) {
                findings.add(new ModelFinding(
                        task.getId(),
                        "due-date",
                        "The user task's due date must come from sla-policy: ${deadlines.due(execution, '<CLOCK>')}"));
            }
        }
        all(model, ServiceTask.class).forEach(t -> delegate(t, t.getCamundaDelegateExpression(), findings));
        all(model, SendTask.class).forEach(t -> delegate(t, t.getCamundaDelegateExpression(), findings));
        for (BusinessRuleTask task : all(model, BusinessRuleTask.class)) {
            delegate(task, task.getCamundaDelegateExpression(), findings);
            String decision = task.getCamundaDecisionRef();
            if (decision != null && !ProcessContracts.DECISION_KEYS.contains(decision)) {
                findings.add(new ModelFinding(
                        task.getId(),
                        "decision-ref",
                        "The decision '" + decision + "' is not one Safeguard deploys ("
                                + String.join(", ", sorted(ProcessContracts.DECISION_KEYS)) + ")"));
            }
        }
        all(model, CamundaExecutionListener.class)
                .forEach(l -> delegate(owner(l), l.getCamundaDelegateExpression(), findings));
        all(model, CamundaTaskListener.class)
                .forEach(l -> delegate(owner(l), l.getCamundaDelegateExpression(), findings));
        for (Message message : all(model, Message.class)) {
            if (message.getName() != null && !ProcessContracts.CORRELATED_MESSAGES.contains(message.getName())) {
                findings.add(new ModelFinding(
                        message.getId(),
                        "message-name",
                        "No part of Safeguard sends the message '"
                                + message.getName() + "': an event waiting for it would wait forever (known: "
                                + String.join(", ", sorted(ProcessContracts.CORRELATED_MESSAGES)) + ")"));
            }
        }
        for (CamundaIn in : all(model, CamundaIn.class)) {
            victimData(in, findings, in.getCamundaSource(), in.getCamundaTarget(), in.getCamundaSourceExpression());
        }
        for (CamundaOut out : all(model, CamundaOut.class)) {
            victimData(out, findings, out.getCamundaSource(), out.getCamundaTarget(), out.getCamundaSourceExpression());
        }
        all(model, CamundaInputParameter.class).forEach(p -> victimData(p, findings, p.getCamundaName()));
        all(model, CamundaOutputParameter.class).forEach(p -> victimData(p, findings, p.getCamundaName()));
        all(model, CamundaFormField.class).forEach(f -> victimData(f, findings, f.getCamundaId()));
        return findings;
    }

    private void delegate(BaseElement element, String expression, List<ModelFinding> findings) {
        if (blank(expression)) {
            return;
        }
        Matcher bean = BEAN_NAME.matcher(expression.strip());
        if (!bean.find() || !beanExists.test(bean.group(1))) {
            findings.add(new ModelFinding(
                    idOf(element),
                    "delegate-bean",
                    "The delegate expression " + expression + " names no bean of Safeguard"));
        }
    }

    private static void victimData(ModelElementInstance mapping, List<ModelFinding> findings, String... names) {
        for (String name : names) {
            if (name != null && identifiesAPerson(name)) {
                findings.add(
                        new ModelFinding(
                                idOf(owner(mapping)),
                                "victim-data",
                                "The variable '" + name
                                        + "' looks like a person's identity: victims' names and contacts never enter the engine"));
            }
        }
    }

    static boolean identifiesAPerson(String variable) {
        String name = variable.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (IDENTITY_ALONE.stream().anyMatch(name::contains)) {
            return true;
        }
        return name.contains("victim") && IDENTITY_WORDS.stream().anyMatch(name::contains);
    }

    /** The nearest element with an id around an extension element (listener, mapping, form field). */
    private static BaseElement owner(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        while (parent != null && !(parent instanceof BaseElement base && base.getId() != null)) {
            parent = parent.getParentElement();
        }
        return (BaseElement) parent;
    }

    private static String idOf(BaseElement element) {
        return element == null ? "" : element.getId();
    }

    private static <T extends ModelElementInstance> Collection<T> all(BpmnModelInstance model, Class<T> type) {
        return model.getModelElementsByType(type);
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
