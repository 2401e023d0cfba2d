package org.safeguard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The production bundle loads a web component only with the routes that name its class, and task
 * forms and dialogs are made at run time by providers no route names: a Vaadin component that any
 * of Safeguard's classes creates must therefore be named on the shell, which every signed-in route
 * loads. Safeguard's own web components (the diagram, the editors) are not listed: they are heavy,
 * and the views that show them name them.
 */
class ComponentsInEveryBundleTest {

    private static final JavaClasses SAFEGUARD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safeguard");

    @Test
    void every_vaadin_web_component_safeguard_uses_is_named_on_the_shell() {
        Set<String> named = Arrays.stream(MainLayout.class.getAnnotationsByType(Uses.class))
                .map(uses -> uses.value().getName())
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> used = SAFEGUARD.stream()
                .flatMap(type -> type.getDirectDependenciesFromSelf().stream())
                .map(Dependency::getTargetClass)
                .filter(ComponentsInEveryBundleTest::isVaadinWebComponent)
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(used).as("web components created somewhere in Safeguard").isNotEmpty();
        assertThat(named).as("MainLayout's @Uses").containsAll(used);
    }

    private static boolean isVaadinWebComponent(JavaClass type) {
        if (!type.getPackageName().startsWith("com.vaadin.flow.component.") || !type.isAssignableTo(Component.class)) {
            return false;
        }
        Class<?> loaded = type.reflect();
        return loaded.isAnnotationPresent(JsModule.class) || loaded.isAnnotationPresent(JsModule.Container.class);
    }
}
