package org.springframework.boot.testcontainers.service.connection;

import org.springframework.core.annotation.MergedAnnotations;
import org.testcontainers.containers.Container;

/**
 * Builds the {@link ContainerConnectionSource} Spring Boot makes for a {@code @ServiceConnection} container. Lives in
 * Boot's package because the source's constructor is package-private; with no Docker engine here, the tests hand it a
 * container that is never started.
 */
public final class TestContainerConnectionSources {

    private TestContainerConnectionSources() {
    }

    /**
     * @param annotation the {@code @ServiceConnection} as the user wrote it (its {@code name} and {@code type})
     */
    public static <C extends Container<?>> ContainerConnectionSource<C> of(Class<C> containerType, String imageName,
            C container, ServiceConnection annotation) {
        return new ContainerConnectionSource<>("test", null, containerType, imageName, annotation, () -> container,
                null, MergedAnnotations.of(java.util.List.of()));
    }
}
