package dev.migrator.autogenerate.entity;

import dev.migrator.autogenerate.entity.model.Book;
import dev.migrator.autogenerate.entity.model.Loan;
import dev.migrator.autogenerate.entity.model.Review;
import java.util.ArrayList;
import java.util.List;

/**
 * One state of the test entity model: the 18-entity model itself, or that model after a step, where the entities
 * of the step's package replace the model's {@code Review} and {@code Loan}.
 *
 * @param name     for messages
 * @param settings the entity settings a TargetSchemaSource builds the schema from (without dialect and version)
 * @param classes  the same entities as a class list, for Hibernate's own schema tool
 */
record EntityModel(String name, EntitySchemaSettings settings, List<Class<?>> classes) {

    static final String BASE_PACKAGE = Book.class.getPackageName();
    private static final String STEPS_PACKAGE = "dev.migrator.autogenerate.entity.steps";
    private static final EntityClassScanner SCANNER = new EntityClassScanner(EntityModel.class.getClassLoader());

    /** The whole model, given by package as an application would. */
    static EntityModel base() {
        return new EntityModel("the entity model", EntitySchemaSettings.springBootDefaults().withPackages(BASE_PACKAGE),
                SCANNER.mappedClasses(BASE_PACKAGE));
    }

    /** The model after step {@code number} (see the steps package). */
    static EntityModel afterStep(int number) {
        List<Class<?>> classes = new ArrayList<>(SCANNER.mappedClasses(BASE_PACKAGE));
        classes.removeAll(List.of(Review.class, Loan.class));
        classes.addAll(SCANNER.mappedClasses(STEPS_PACKAGE + ".step" + number));
        return new EntityModel("step " + number, EntitySchemaSettings.springBootDefaults()
                .withEntityClasses(classes.toArray(Class<?>[]::new)), List.copyOf(classes));
    }

    @Override
    public String toString() {
        return name;
    }
}
