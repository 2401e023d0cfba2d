package org.safeguard.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one list of what a model's expressions may call, read by the deployment check
 * ({@link SandboxRules}) and by the engine at run time alike. Anything not named here is refused:
 * every other Spring bean, every method or property of any other object ({@code ''.getClass()},
 * reflection, engine services), and every script.
 *
 * <p>Adding an entry lets every process owner call it from a model: list only methods whose
 * arguments a model may choose freely without reaching data or actions beyond its own case, and
 * which return plain values (strings, numbers, dates, lists of them), never a service or an entity.
 */
public final class ModelSandbox {

    /** Methods of {@code execution} (and of {@code task} where it has them) a model may call. */
    private static final Set<String> EXECUTION_METHODS = Set.of(
            "getVariable",
            "getVariableLocal",
            "hasVariable",
            "hasVariableLocal",
            "setVariable",
            "setVariableLocal",
            "getProcessBusinessKey",
            "getId",
            "getProcessInstanceId",
            "getCurrentActivityId");

    /** Properties of {@code execution} / {@code task} a model may read, e.g. {@code #{execution.processBusinessKey}}. */
    private static final Set<String> EXECUTION_PROPERTIES =
            Set.of("processBusinessKey", "id", "processInstanceId", "currentActivityId");

    /** Safeguard's beans for models, each with the methods a model may call on it. */
    private static final Map<String, Set<String>> BEAN_METHODS = Map.of(
            "deadlines", Set.of("due", "dueFrom"),
            "caseParts",
                    Set.of(
                            "subjectGroupIds",
                            "victimIds",
                            "paternitySubjectGroupId",
                            "paternityNationality",
                            "isChildVictim",
                            "victimConsentToShare",
                            "investigatingBody",
                            "hasInvestigationTeam"),
            "caseStatus", Set.of("mark"),
            "needCodes", Set.of("split"));

    /**
     * Delegates a model names in {@code camunda:delegateExpression="${name}"}: the engine calls
     * their {@code execute}/{@code notify} itself, so a model may name them but call nothing on them.
     */
    private static final Set<String> DELEGATES = Set.of(
            "closeAssistanceTrackDelegate",
            "closeEngagementDelegate",
            "closeInvestigationDelegate",
            "closeSubjectGroupDelegate",
            "closeWithoutResponseDelegate",
            "concludeCaseDelegate",
            "escalateToPermanentRepresentativeDelegate",
            "escalateToSeniorLeadershipDelegate",
            "extendDeadlineDelegate",
            "loadSubjectGroupDelegate",
            "openEngagementDelegate",
            "openInvestigationDelegate",
            "openReferralDelegate",
            "recordBreachDelegate",
            "recordFollowUpDelegate",
            "recordGroupOutcomeDelegate",
            "recordReferralBreachDelegate",
            "recordReminderDelegate",
            "recordWarningDelegate",
            "withdrawReferralsDelegate");

    /**
     * Methods of a list, set or map a model may call, whatever holds it (a variable, a listed
     * call's result): versions deployed before the sandbox test {@code caseParts.victimIds(execution).size() > 0}.
     */
    private static final Set<String> COLLECTION_METHODS = Set.of("size", "isEmpty");

    /** The engine's own expression functions; they take and return plain values. */
    private static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");

    /** The identifiers under which the engine offers the current execution or task. */
    private static final Set<String> EXECUTION_NAMES = Set.of("execution", "task");

    private ModelSandbox() {}

    /** Whether {@code name} is a bean a model may name: a listed bean or a delegate. */
    public static boolean isModelBean(String name) {
        return BEAN_METHODS.containsKey(name) || DELEGATES.contains(name);
    }

    /** The listed beans whose methods a model may call (delegates excluded). */
    public static Set<String> callableBeans() {
        return BEAN_METHODS.keySet();
    }

    /** Whether a model may call {@code method} of the bean {@code bean}. */
    public static boolean allowsBeanMethod(String bean, String method) {
        return bean != null && BEAN_METHODS.getOrDefault(bean, Set.of()).contains(method);
    }

    /** Whether {@code name} is how an expression refers to the current execution or task. */
    public static boolean isExecution(String name) {
        return EXECUTION_NAMES.contains(name);
    }

    /** Whether a model may call {@code method} of {@code execution} or {@code task}. */
    public static boolean allowsExecutionMethod(String method) {
        return EXECUTION_METHODS.contains(method);
    }

    /** Whether a model may read {@code property} of {@code execution} or {@code task}. */
    public static boolean allowsExecutionProperty(String property) {
        return EXECUTION_PROPERTIES.contains(property);
    }

    /** Whether a model may call {@code method} of a list, set or map. */
    public static boolean allowsCollectionMethod(String method) {
        return COLLECTION_METHODS.contains(method);
    }

    /** Whether a model may call the expression function {@code name}, e.g. {@code now()}. */
    public static boolean allowsFunction(String name) {
        return FUNCTIONS.contains(name);
    }

    /** The whole list, sorted, for people: what a process owner's model may use. */
    public static List<Allowance> allowances() {
        List<Allowance> list = new ArrayList<>();
        list.add(new Allowance("execution, task", "methods", sorted(EXECUTION_METHODS)));
        list.add(new Allowance("execution, task", "properties", sorted(EXECUTION_PROPERTIES)));
        new TreeMap<>(BEAN_METHODS)
                .forEach((bean, methods) -> list.add(new Allowance(bean, "methods", sorted(methods))));
        list.add(new Allowance("lists, sets, maps", "collection methods", sorted(COLLECTION_METHODS)));
        list.add(new Allowance("delegates", "delegate expressions", sorted(DELEGATES)));
        list.add(new Allowance("functions", "functions", sorted(FUNCTIONS)));
        return list;
    }

    private static List<String> sorted(Set<String> names) {
        return List.copyOf(new TreeSet<>(names));
    }

    /**
     * One line of the list.
     *
     * @param subject what the expression names: a bean, {@code execution, task}, the delegates or the functions
     * @param kind    what of it may be used: methods, properties, delegate expressions, functions
     * @param members the names allowed
     */
    public record Allowance(String subject, String kind, List<String> members) {}
}
