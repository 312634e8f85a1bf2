package dev.migrator.autogenerate;

import dev.migrator.dialect.Dialect;
import dev.migrator.schema.ColumnType;

import java.util.regex.Pattern;

/**
 * MariaDB (and MySQL): a boolean is {@code tinyint(1)}, integers carry display widths ({@code int(11)}),
 * unbounded text is {@code longtext} while {@code text} holds only 64 KB, a timestamp is {@code datetime(6)},
 * a unique index is the same thing as a unique constraint, and RESTRICT is the same as NO ACTION.
 */
final class MariaDbComparisonRules extends ComparisonRules {

    private static final Pattern DISPLAY_WIDTH = Pattern.compile("\\b(tinyint|smallint|mediumint|int|integer|bigint)\\(\\d+\\)");

    MariaDbComparisonRules(Dialect dialect) {
        super(dialect);
    }

    @Override
    ColumnType databaseSpecificType(String tidiedSql) {
        switch (tidiedSql) {
            case "tinyint(1)", "bit(1)", "boolean", "bool":
                return new ColumnType.Bool();
            case "longtext":
                return new ColumnType.Text();
            case "longblob":
                return new ColumnType.Binary(null);
            case "datetime(6)":
                return new ColumnType.Timestamp(false);
            case "float":
                return new ColumnType.Real();
            case "json":
                return new ColumnType.Json();
            default:
                break;
        }
        // A display width says nothing about the values an integer holds.
        String withoutWidths = DISPLAY_WIDTH.matcher(tidiedSql).replaceAll("$1");
        if (withoutWidths.equals(tidiedSql)) {
            return null;
        }
        ColumnType portable = RawTypeSpelling.portable(withoutWidths);
        return portable != null ? portable : new ColumnType.Raw(withoutWidths);
    }

    @Override
    String nameKey(String name) {
        // Column and index names never depend on case here; table names only on some file systems.
        return super.nameKey(name).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    dev.migrator.schema.ReferentialAction referentialAction(dev.migrator.schema.ReferentialAction action) {
        // InnoDB checks NO ACTION immediately, exactly like RESTRICT.
        return action == dev.migrator.schema.ReferentialAction.NO_ACTION ? null : super.referentialAction(action);
    }

    @Override
    boolean uniqueIndexesAreConstraints() {
        return true;
    }
}
