package org.safeguard.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.safeguard.sandbox.internal.ExpressionCheck;
import org.safeguard.sandbox.internal.ModelXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * The sandbox checked before deployment, on a model's XML: only BPMN and DMN files; no scripts
 * in any language, no Java classes, connectors, external tasks, script resources; DMN only in
 * FEEL, without external functions; and every {@code ${...}}/{@code #{...}} expression calling only
 * what {@link ModelSandbox} lists. The engine enforces the same list at run time; this check says
 * it earlier, on the element, in words a process owner understands.
 */
public class SandboxRules {

    /** The names DMN gives FEEL (the engine's own constants); anything else is refused. */
    private static final Set<String> FEEL = Set.of(
            "feel",
            "http://www.omg.org/spec/feel/20140401",
            "http://www.omg.org/spec/dmn/20180521/feel/",
            "https://www.omg.org/spec/dmn/20191111/feel/");

    private static final Pattern FEEL_EXTERNAL = Pattern.compile("function\\s*\\([^)]*\\)\\s*external\\b");
    /** Prose the engine never evaluates: expressions quoted there are harmless. */
    private static final Set<String> PROSE = Set.of("documentation", "description");

    private final ExpressionCheck expressions;

    /** {@code beanExists}: whether a name is a bean of the application, listed or not. */
    public SandboxRules(Predicate<String> beanExists) {
        this.expressions = new ExpressionCheck(beanExists);
    }

    /** Whether a deployment may contain a file of this name: BPMN or DMN only. */
    public static boolean isModelFile(String fileName) {
        return isProcess(fileName) || isDecision(fileName);
    }

    /** Whether the file is a BPMN model, by its name as the engine's deployers decide. */
    public static boolean isProcess(String fileName) {
        return fileName != null && (fileName.endsWith(".bpmn") || fileName.endsWith(".bpmn20.xml"));
    }

    /** Whether the file is a DMN model, by its name as the engine's deployers decide. */
    public static boolean isDecision(String fileName) {
        return fileName != null && (fileName.endsWith(".dmn") || fileName.endsWith(".dmn11.xml"));
    }

    /** What the sandbox refuses in the file {@code fileName} of a deployment; empty when nothing. */
    public List<SandboxFinding> check(String fileName, byte[] content) {
        if (!isModelFile(fileName)) {
            return List.of(new SandboxFinding(
                    "",
                    "sandbox-file",
                    "Only BPMN (.bpmn) and DMN (.dmn) models can be " + "deployed; the file " + fileName
                            + " is neither and could carry code (a case model, a script, a form)"));
        }
        List<SandboxFinding> findings = new ArrayList<>();
        try {
            ModelXml.elements(content).forEach(element -> check(element, isDecision(fileName), findings));
        } catch (IllegalArgumentException unreadable) {
            return List.of(new SandboxFinding("", "readable", "Not a readable model: " + unreadable.getMessage()));
        }
        return findings;
    }

    private void check(Element element, boolean decision, List<SandboxFinding> findings) {
        String id = ModelXml.idOf(element);
        String name = element.getLocalName();
        // BPMN's <text> is a text annotation's prose; DMN's holds the expressions themselves.
        if (PROSE.contains(name) || !decision && "text".equals(name)) {
            return;
        }
        if ("scriptTask".equals(name) || "script".equals(name)) {
            findings.add(new SandboxFinding(
                    id,
                    "sandbox-script",
                    "Scripts cannot run in Safeguard's models, in any "
                            + "language: call a listed bean (docs/sandbox.md) or decide in a DMN table"));
        }
        if ("connector".equals(name)) {
            findings.add(new SandboxFinding(
                    id,
                    "sandbox-connector",
                    "Connectors call other systems outside " + "Safeguard's control and cannot be used in its models"));
        }
        if ("conditionExpression".equals(name) && element.hasAttribute("language")) {
            findings.add(new SandboxFinding(
                    id,
                    "sandbox-script",
                    "The condition is a script (" + element.getAttribute("language")
                            + "): write it as an expression ${...} over the case's variables"));
        }
        if ("constraint".equals(name)
                && "validator".equals(element.getAttribute("name"))
                && !element.getAttribute("config").matches("\\s*[#$]\\{.*")) {
            findings.add(new SandboxFinding(
                    id,
                    "sandbox-class",
                    "The form validator " + element.getAttribute("config")
                            + " is a Java class chosen in the model; models may only name the beans Safeguard lists"));
        }
        for (Attr attribute : ModelXml.attributes(element)) {
            attribute(id, attribute, decision, findings);
        }
        String text = ModelXml.ownText(element);
        if (decision && FEEL_EXTERNAL.matcher(text).find()) {
            findings.add(new SandboxFinding(
                    id,
                    "sandbox-feel-external",
                    "A FEEL external function calls Java code; "
                            + "Safeguard's decisions may use FEEL's own functions only"));
        }
        expression(id, text, findings);
    }

    private void attribute(String id, Attr attribute, boolean decision, List<SandboxFinding> findings) {
        String name = attribute.getLocalName();
        String value = attribute.getValue();
        // camunda:class="..." on a task, or class="..." on a camunda:executionListener.
        boolean extension = attribute.getNamespaceURI() != null || !ModelXml.isSpec(attribute.getOwnerElement());
        if (extension && name.toLowerCase(Locale.ROOT).endsWith("class")) {
            findings.add(
                    new SandboxFinding(
                            id,
                            "sandbox-class",
                            "camunda:" + name + "=\"" + value + "\" runs a Java "
                                    + "class chosen in the model; models may only name the delegates and beans Safeguard lists"));
        } else if (extension && "resource".equals(name)) {
            findings.add(new SandboxFinding(
                    id,
                    "sandbox-script",
                    "camunda:resource=\"" + value + "\" loads a script "
                            + "from outside the model; scripts cannot run in Safeguard's models"));
        } else if (extension && "type".equals(name) && "external".equals(value)) {
            findings.add(new SandboxFinding(
                    id,
                    "sandbox-external-task",
                    "An external task lets a worker outside "
                            + "Safeguard write the case's variables; use a delegate of Safeguard instead"));
        } else if (decision && "expressionLanguage".equals(name) && !FEEL.contains(value.toLowerCase(Locale.ROOT))) {
            findings.add(new SandboxFinding(
                    id,
                    "sandbox-expression-language",
                    "The expression language '" + value
                            + "' is not FEEL: Safeguard's decisions are written in FEEL only"));
        } else {
            expression(id, value, findings);
        }
    }

    private void expression(String id, String text, List<SandboxFinding> findings) {
        if (text.contains("${") || text.contains("#{")) {
            expressions
                    .problems(text)
                    .forEach(problem -> findings.add(new SandboxFinding(
                            id,
                            "sandbox-expression",
                            "The expression " + text.strip() + " " + problem
                                    + ": models may only use what docs/sandbox.md lists")));
        }
    }
}
