package dev.migrator.autogenerate;

import dev.migrator.dialect.Dialect;
import dev.migrator.inspect.SchemaInspector;
import dev.migrator.schema.ColumnType;
import dev.migrator.schema.ReferentialAction;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one database means by equal: when two names are the same object, two types the same type, two defaults
 * the same default. The base class holds what every database shares; one subclass per database states only how
 * it differs, next to the knowledge of that database's catalog (see its inspector).
 */
abstract class ComparisonRules {

    private final Dialect dialect;
    private final ReferentialAction defaultReferentialAction;
    private final Map<String, ColumnType> canonicalRawTypes = new ConcurrentHashMap<>();

    ComparisonRules(Dialect dialect) {
        this.dialect = dialect;
        this.defaultReferentialAction = SchemaInspector.forDialect(dialect).defaultReferentialAction();
    }

    /** The rules for the database this dialect speaks for. */
    static ComparisonRules forDialect(Dialect dialect) {
        return switch (dialect.name()) {
            case "h2" -> new H2ComparisonRules(dialect);
            case "postgresql" -> new PostgresComparisonRules(dialect);
            case "mariadb", "mysql" -> new MariaDbComparisonRules(dialect);
            default -> throw new IllegalArgumentException("autogenerate does not know how " + dialect.databaseName()
                    + " compares names, types and defaults; supported are H2, PostgreSQL, MariaDB and MySQL");
        };
    }

    Dialect dialect() {
        return dialect;
    }

    // ---- names ------------------------------------------------------------------------------------

    /**
     * The key under which a name is matched: the name as the database stores it, so that a target's
     * {@code book} and H2's {@code BOOK} are the same table.
     */
    String nameKey(String name) {
        return dialect.storedIdentifier(name);
    }

    /**
     * A name as read from the catalog, spelled as a person writes it in a migration: lower case when the
     * database would store that lower-case spelling under this very name (H2's {@code BOOK} is {@code book}),
     * otherwise exactly as stored, which the dialect then quotes.
     */
    String userSpelling(String storedName) {
        String lower = storedName.toLowerCase(Locale.ROOT);
        return dialect.storedIdentifier(lower).equals(storedName) ? lower : storedName;
    }

    // ---- types ------------------------------------------------------------------------------------

    /** Whether a column of type {@code live} already is a column of type {@code target} on this database. */
    final boolean sameType(ColumnType target, ColumnType live) {
        return canonicalType(target).equals(canonicalType(live));
    }

    /**
     * The type as this database stores it: raw spellings of a portable type become that type ({@code int4} is
     * {@code integer()}), portable types the database folds into another become that one, and other raw
     * spellings are lower-cased with their blanks tidied.
     */
    ColumnType canonicalType(ColumnType type) {
        if (type instanceof ColumnType.Raw raw) {
            // A schema spells its types in a handful of ways, over and over; tidying takes several regexes.
            return canonicalRawTypes.computeIfAbsent(raw.sql(), this::canonicalRawType);
        }
        return storedAs(type);
    }

    private ColumnType canonicalRawType(String rawSql) {
        String sql = RawTypeSpelling.tidy(rawSql);
        ColumnType known = RawTypeSpelling.portable(sql);
        if (known == null) {
            known = databaseSpecificType(sql);
        }
        if (known == null || known instanceof ColumnType.Raw) {
            return known == null ? new ColumnType.Raw(sql) : known;
        }
        return storedAs(known);
    }

    /** A raw spelling (tidied) only this database knows as a portable type, or null. */
    ColumnType databaseSpecificType(String tidiedSql) {
        return null;
    }

    /** The portable type this database stores for {@code type}; the type itself by default. */
    ColumnType storedAs(ColumnType type) {
        return type;
    }

    /**
     * Whether changing a column from {@code live} to {@code target} may lose data or fail on existing rows: a
     * shorter string or binary, fewer digits, a smaller integer, text to a bounded string.
     */
    boolean narrows(ColumnType target, ColumnType live) {
        ColumnType to = canonicalType(target);
        ColumnType from = canonicalType(live);
        if (to instanceof ColumnType.VarChar t && from instanceof ColumnType.VarChar f) {
            return t.length() < f.length();
        } else if (to instanceof ColumnType.VarChar && from instanceof ColumnType.Text) {
            return true;
        } else if (to instanceof ColumnType.Binary t && from instanceof ColumnType.Binary f) {
            return t.length() != null && (f.length() == null || t.length() < f.length());
        } else if (to instanceof ColumnType.Decimal t && from instanceof ColumnType.Decimal f) {
            return t.scale() < f.scale() || t.precision() - t.scale() < f.precision() - f.scale();
        } else if (to instanceof ColumnType.Int t && from instanceof ColumnType.Int f) {
            return t.size().compareTo(f.size()) < 0;
        } else if (to instanceof ColumnType.Enumerated t && from instanceof ColumnType.Enumerated f) {
            return !t.values().containsAll(f.values());
        }
        // Between different kinds of type a conversion may fail on existing values.
        return !to.getClass().equals(from.getClass()) && !(to instanceof ColumnType.Text);
    }

    // ---- defaults ---------------------------------------------------------------------------------

    /** Whether a column of this type with default {@code live} already has the default {@code target}. */
    final boolean sameDefault(String target, String live, ColumnType type) {
        String normalisedTarget = canonicalDefault(target, type);
        String normalisedLive = canonicalDefault(live, type);
        return normalisedTarget == null ? normalisedLive == null : normalisedTarget.equals(normalisedLive);
    }

    /** The default with this database's decorations removed; null for none. */
    String canonicalDefault(String sqlExpression, ColumnType type) {
        return ServerDefaults.canonical(stripDecorations(sqlExpression), canonicalType(type));
    }

    /** Removes what the database adds when it reports a default (PostgreSQL's casts); as is by default. */
    String stripDecorations(String sqlExpression) {
        return sqlExpression;
    }

    // ---- constraints ------------------------------------------------------------------------------

    /** The action as compared: the database's default action reads as null, like an action not stated. */
    ReferentialAction referentialAction(ReferentialAction action) {
        return action == defaultReferentialAction ? null : action;
    }

    /** Whether the catalog reports a unique index as a unique constraint, so the two must match each other. */
    boolean uniqueIndexesAreConstraints() {
        return false;
    }
}
