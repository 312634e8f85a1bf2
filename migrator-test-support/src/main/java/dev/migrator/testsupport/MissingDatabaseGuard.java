package dev.migrator.testsupport;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterInfo;

/**
 * Ends an {@link AllDatabasesTest} invocation whose database is a {@link MissingDatabase}, with that
 * database's reason: a skip, or a failure when the database is required. It runs before parameters are
 * resolved, which would otherwise fail on the stand-in with a confusing conversion error.
 */
final class MissingDatabaseGuard implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ParameterInfo parameters = ParameterInfo.get(context);
        if (parameters == null) {
            return;
        }
        for (Object argument : parameters.getArguments().toArray()) {
            if (argument instanceof MissingDatabase missing) {
                throw missing.reason();
            }
        }
    }
}
