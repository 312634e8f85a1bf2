package dev.migrator.autogenerate;

import dev.migrator.dialect.Dialect;
import dev.migrator.operations.AlterColumn;
import dev.migrator.operations.Change;
import dev.migrator.schema.Column;
import dev.migrator.schema.ColumnType;
import dev.migrator.schema.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The changes the column comparators found for one column, turned into one {@link AlterColumn} that states the
 * column as it is now in its {@code existing*} hints: MariaDB restates the whole column, and {@code reverse()}
 * needs the old values. Identity is stated for an identity column, and for any other column where the dialect
 * needs to hear it is none, so that MariaDB keeps AUTO_INCREMENT and never refuses the change for want of the
 * hint; a careful person writes no hint where it changes nothing.
 */
final class ColumnAlterationPlan {

    private final QualifiedName table;
    private final Column live;
    private final String columnName;
    private ColumnType type;
    private Boolean nullable;
    private Change<String> serverDefault;
    private Change<String> comment;
    private final List<String> warnings = new ArrayList<>();

    ColumnAlterationPlan(QualifiedName table, String columnName, Column live) {
        this.table = table;
        this.columnName = columnName;
        this.live = live;
    }

    void changeType(ColumnType newType) {
        this.type = newType;
    }

    void changeNullable(boolean newNullable) {
        this.nullable = newNullable;
    }

    void changeServerDefault(String newDefault) {
        this.serverDefault = Change.to(newDefault);
    }

    void changeComment(String newComment) {
        this.comment = Change.to(newComment);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    List<String> warnings() {
        return warnings;
    }

    /** The alteration, stating identity when the column is one or when the dialect needs to be told it is not. */
    Optional<AlterColumn> toOperation(Dialect dialect) {
        if (type == null && nullable == null && serverDefault == null && comment == null) {
            return Optional.empty();
        }
        Boolean identity = live.identity() ? Boolean.TRUE
                : dialect.alterationNeedsIdentityHint(type != null ? type : live.type()) ? Boolean.FALSE : null;
        return Optional.of(new AlterColumn(table, columnName, null, type, nullable, serverDefault, comment,
                live.type(), live.nullable(), live.serverDefault(), live.comment(), identity));
    }
}
