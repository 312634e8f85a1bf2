package dev.migrator.autogenerate.entity;

/** Which implicit naming strategy stands for Spring Boot's default. */
final class SpringBootNaming {

    private SpringBootNaming() {
    }

    /**
     * Spring Boot's own class when the application has it, so that any change Spring makes to it applies
     * here too; otherwise {@link SpringBootImplicitNamingStrategy}, which follows the same rule.
     */
    static String implicitNamingStrategy() {
        try {
            Class.forName(EntitySchemaSettings.SPRING_IMPLICIT_NAMING_STRATEGY, false,
                    SpringBootNaming.class.getClassLoader());
            return EntitySchemaSettings.SPRING_IMPLICIT_NAMING_STRATEGY;
        } catch (ClassNotFoundException | LinkageError e) {
            return SpringBootImplicitNamingStrategy.class.getName();
        }
    }
}
