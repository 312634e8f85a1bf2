package dev.migrator.testsupport;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The arguments of {@link AllDatabasesTest}: one fresh database per kind, each made only when its
 * invocation is about to run (the stream is lazy) and closed by JUnit afterwards, as it is
 * {@link AutoCloseable}.
 */
final class FreshDatabasePerKind implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return Stream.of(DatabaseKind.values()).map(kind -> Arguments.of(freshOrMissing(kind)));
    }

    private static Object freshOrMissing(DatabaseKind kind) {
        try {
            return TestDatabases.fresh(kind);
        } catch (RuntimeException e) {
            // thrown here it would end the remaining kinds' invocations too
            return new MissingDatabase(kind, e);
        }
    }
}
