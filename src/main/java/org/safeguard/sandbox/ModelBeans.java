package org.safeguard.sandbox;

/**
 * Where the engine's expressions find beans by name: the Spring context in the application, mocks
 * in process tests. The sandbox asks it only for beans {@link ModelSandbox} lists.
 */
public interface ModelBeans {

    /** The bean named {@code name}, or {@code null} when there is none. */
    Object bean(String name);

    /** Whether any bean, listed or not, is named {@code name}: naming an unlisted one is refused. */
    boolean exists(String name);
}
