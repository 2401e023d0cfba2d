package org.safeguard.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.safeguard.sandbox.ModelSandbox;

/**
 * One JUEL expression checked against {@link ModelSandbox} without running it: parsed with the
 * engine's own parser and walked node by node. Method calls only on {@code execution}/{@code task}
 * and the listed beans, by their listed names; property reads only on {@code execution}/{@code task};
 * bracket reads only on values that are not beans (at run time only maps, lists and arrays answer
 * them); identifiers naming an unlisted bean refused; functions only the engine's listed ones.
 */
public class ExpressionCheck {

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private final Predicate<String> beanExists;

    /** {@code beanExists}: whether a name is a bean of the application, listed or not. */
    public ExpressionCheck(Predicate<String> beanExists) {
        this.beanExists = beanExists;
    }

    /** What the expression text does that models may not, each as the end of a sentence; empty when nothing. */
    public List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        try {
            visit(PARSER.build(text).getRoot(), problems);
        } catch (TreeBuilderException unreadable) {
            problems.add("cannot be read (" + unreadable.getMessage() + ")");
        }
        return problems;
    }

    private void visit(Node node, List<String> problems) {
        if (node instanceof AstMethod method) {
            AstProperty property = (AstProperty) method.getChild(0);
            call(property, problems);
            visitChildren(property, problems);
            visit(method.getChild(1), problems);
            return;
        }
        if (node instanceof AstProperty property) {
            read(property, problems);
        } else if (node instanceof AstIdentifier identifier) {
            identifier(identifier.getName(), problems);
        } else if (node instanceof AstFunction function && !ModelSandbox.allowsFunction(function.getName())) {
            problems.add("calls the function " + function.getName() + "(), which is not one the engine offers models");
        }
        visitChildren(node, problems);
    }

    private void visitChildren(Node node, List<String> problems) {
        for (int i = 0; i < node.getCardinality(); i++) {
            visit(node.getChild(i), problems);
        }
    }

    private void call(AstProperty property, List<String> problems) {
        String method = nameOf(property);
        String target = identifierName(property.getChild(0));
        if (method == null) {
            problems.add("calls a method whose name is computed");
        } else if (target != null && ModelSandbox.isExecution(target)) {
            if (!ModelSandbox.allowsExecutionMethod(method)) {
                problems.add("calls " + target + "." + method + "(), which is not on the list for " + target);
            }
        } else if (target != null && ModelSandbox.callableBeans().contains(target)) {
            if (!ModelSandbox.allowsBeanMethod(target, method)) {
                problems.add("calls " + target + "." + method + "(), which is not on the list for " + target);
            }
        } else if (!ModelSandbox.allowsCollectionMethod(method)) {
            // size() and isEmpty() pass here; the engine allows them on lists, sets and maps only.
            problems.add("calls " + method + "() on " + describe(property.getChild(0))
                    + ", which is not a bean models may call");
        }
    }

    private void read(AstProperty property, List<String> problems) {
        String target = identifierName(property.getChild(0));
        String name = nameOf(property);
        if (target != null && ModelSandbox.isExecution(target)) {
            if (name == null || !ModelSandbox.allowsExecutionProperty(name)) {
                problems.add("reads " + target + "." + name + ", which is not on the list for " + target);
            }
        } else if (target != null && ModelSandbox.isModelBean(target)) {
            problems.add(
                    "reads the property " + name + " of the bean " + target + "; models call its listed methods only");
        } else if (property instanceof AstDot) {
            problems.add("reads ." + name + " of " + describe(property.getChild(0))
                    + "; models read properties of execution and task only (and elements of lists and maps with [ ])");
        }
    }

    private void identifier(String name, List<String> problems) {
        if (!ModelSandbox.isExecution(name) && !ModelSandbox.isModelBean(name) && beanExists.test(name)) {
            problems.add("names the bean '" + name + "', which is not on the list of beans models may use");
        }
    }

    /** The literal name of a dot or bracket access ({@code a.b}, {@code a['b']}), or null when computed. */
    private static String nameOf(AstProperty property) {
        if (property instanceof AstDot) {
            return property.toString().substring(2); // AstDot prints ". name"
        }
        Node name = ((AstBracket) property).getChild(1);
        return name instanceof AstString literal ? (String) literal.eval(null, null) : null;
    }

    private static String identifierName(Node node) {
        return node instanceof AstIdentifier identifier ? identifier.getName() : null;
    }

    private static String describe(Node node) {
        return node instanceof AstIdentifier identifier
                ? "'" + identifier.getName() + "'"
                : "the value of another call";
    }
}
