package dev.migrator.autogenerate;

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
 * needs the old values. Identity is always stated, true or false, so that MariaDB keeps AUTO_INCREMENT and never
 * has to refuse the change for want of the hint.
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

    Optional<AlterColumn> toOperation() {
        if (type == null && nullable == null && serverDefault == null && comment == null) {
            return Optional.empty();
        }
        return Optional.of(new AlterColumn(table, columnName, null, type, nullable, serverDefault, comment,
                live.type(), live.nullable(), live.serverDefault(), live.comment(), live.identity()));
    }
}
