package dev.migrator.autogenerate.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.engine.config.spi.ConfigurationService;

/**
 * Applies Bean Validation constraints to the boot metamodel the way Hibernate does when the application starts:
 * {@code @NotNull}, {@code @NotEmpty} and {@code @NotBlank} make columns not null, {@code @Size(max)} and
 * {@code @Length(max)} set string lengths, {@code @Digits} sets precision and scale, {@code @Min}/{@code @Max}
 * add checks.
 *
 * <p>Hibernate only does this while building a SessionFactory, which this builder never does, so it calls the
 * same Hibernate code directly (see {@link HibernateConstraintApplier}). It follows Hibernate's switches:
 * {@code jakarta.persistence.validation.mode} ({@code auto}, the default, applies constraints when a provider
 * is present; {@code ddl} requires one; {@code callback} and {@code none} skip this) and
 * {@code hibernate.validator.apply_to_ddl=false}.
 *
 * <p>This class names no Bean Validation type, so it loads on a class path without the API.
 */
final class BeanValidationDdl {

    static final String MODE = "jakarta.persistence.validation.mode";
    static final String LEGACY_MODE = "javax.persistence.validation.mode";
    static final String APPLY_TO_DDL = "hibernate.validator.apply_to_ddl";
    private static final String VALIDATION_API = "jakarta.validation.Validation";

    private BeanValidationDdl() {
    }

    static void apply(Metadata metadata, StandardServiceRegistry registry, ClassLoader classLoader) {
        Map<String, Object> settings = registry.requireService(ConfigurationService.class).getSettings();
        Set<String> modes = modes(settings);
        boolean required = modes.contains("ddl");
        if (!required && !modes.contains("auto")) {
            return;
        }
        if (!Boolean.parseBoolean(String.valueOf(settings.getOrDefault(APPLY_TO_DDL, "true")))) {
            return;
        }
        if (!validationApiPresent(classLoader)) {
            if (required) {
                throw new EntitySchemaException(MODE + " is 'ddl' but the Bean Validation API is not on the class "
                        + "path. Add jakarta.validation-api and a provider such as hibernate-validator, or set the "
                        + "mode to 'auto'.");
            }
            return;
        }
        HibernateConstraintApplier.apply(metadata, registry, settings, required);
    }

    private static Set<String> modes(Map<String, Object> settings) {
        Object value = settings.getOrDefault(MODE, settings.getOrDefault(LEGACY_MODE, "auto"));
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(m -> m.toString().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        }
        return Arrays.stream(value.toString().split(","))
                .map(mode -> mode.trim().toLowerCase(Locale.ROOT))
                .filter(mode -> !mode.isEmpty())
                .collect(Collectors.toSet());
    }

    private static boolean validationApiPresent(ClassLoader classLoader) {
        try {
            Class.forName(VALIDATION_API, false, classLoader);
            Class.forName(VALIDATION_API, false, BeanValidationDdl.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
