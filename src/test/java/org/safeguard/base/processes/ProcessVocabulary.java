package org.safeguard.base.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The element ids and variable names of the backing classes, and where a source file copies one
 * as a string: an element id anywhere, a variable name where the engine takes a variable by name
 * (setting, reading or querying it, or a {@code Map.of} of variables). The same word elsewhere (a
 * form field's name in a validation message, a template's placeholder, a decision's input) is not
 * a copy.
 */
final class ProcessVocabulary {

    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]*)\"");
    private static final Pattern VARIABLE_CALL = Pattern.compile(
            "(?:[sg]etVariable(?:Local)?|[sg]etVariables(?:Local)?|variableValueEquals|processInstanceVariableEquals"
                    + "|\\.variable|Map\\.of|new ProcessVariable<>)\\s*\\([^;]*$");

    private final Map<String, String> elementIds = new TreeMap<>();
    private final Map<String, String> variableNames = new TreeMap<>();

    static ProcessVocabulary of(List<Class<?>> backingClasses) {
        ProcessVocabulary vocabulary = new ProcessVocabulary();
        for (Class<?> backing : backingClasses) {
            for (Class<?> nested : backing.getDeclaredClasses()) {
                if (nested.isEnum() && nested.getSimpleName().equals("Element")) {
                    for (Object element : nested.getEnumConstants()) {
                        vocabulary.elementIds.put(((Enum<?>) element).name(), backing.getSimpleName());
                    }
                }
                if (nested.getSimpleName().equals("Variables")) {
                    for (Field field : nested.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                            vocabulary.variableNames.put(value(field).name(), backing.getSimpleName());
                        }
                    }
                }
            }
        }
        return vocabulary;
    }

    Set<String> elementIds() {
        return elementIds.keySet();
    }

    Set<String> variableNames() {
        return variableNames.keySet();
    }

    /** Each copy in the file, as {@code file:line: "text" is …}. */
    List<String> copiesIn(Path source) {
        List<String> copies = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher literal = LITERAL.matcher(lines.get(i));
            while (literal.find()) {
                String text = literal.group(1);
                String where = source.getFileName() + ":" + (i + 1) + ": \"" + text + "\" is ";
                if (elementIds.containsKey(text)) {
                    copies.add(where + "an element id of " + elementIds.get(text));
                } else if (variableNames.containsKey(text)
                        && VARIABLE_CALL
                                .matcher(lines.get(i).substring(0, literal.start()))
                                .find()) {
                    copies.add(where + "a variable of " + variableNames.get(text));
                }
            }
        }
        return copies;
    }

    private static ProcessVariable<?> value(Field field) {
        try {
            return (ProcessVariable<?>) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
