package dev.migrator.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Finds the {@link Dialect} for a database, by name or from a JDBC connection.
 *
 * <p>Dialects are discovered with {@link ServiceLoader} from
 * {@code META-INF/services/dev.migrator.dialect.Dialect}, so a new database needs only its
 * {@code Dialect} subclass and one line in that file.
 */
public final class Dialects {

    private Dialects() {
    }

    /** Every dialect on the class path. */
    public static List<Dialect> available() {
        return ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }

    /**
     * The dialect with this name or alias, ignoring case: {@code h2}, {@code postgresql}, {@code mariadb}, {@code mysql}.
     *
     * @throws UnknownDialectException when no dialect has this name
     */
    public static Dialect forName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return available().stream()
                .filter(d -> d.name().equals(wanted) || d.aliases().contains(wanted))
                .findFirst()
                .orElseThrow(() -> new UnknownDialectException("No dialect is named '" + name + "'.", knownNames()));
    }

    /**
     * The dialect for the database this connection talks to, from its reported product name.
     *
     * @throws UnknownDialectException when no dialect supports the database
     */
    public static Dialect detect(Connection connection) throws SQLException {
        return detect(connection.getMetaData());
    }

    /**
     * The dialect for the database these metadata describe.
     *
     * @throws UnknownDialectException when no dialect supports the database
     */
    public static Dialect detect(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName();
        String version = metaData.getDatabaseProductVersion();
        return available().stream()
                .filter(d -> d.supportsProduct(product))
                .findFirst()
                .orElseThrow(() -> new UnknownDialectException("No dialect supports the database '" + product + " "
                        + version + "'. Force one by name if the database speaks a known dialect's SQL.",
                        knownNames()));
    }

    private static List<String> knownNames() {
        return available().stream().map(Dialect::name).toList();
    }
}
