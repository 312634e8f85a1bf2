package dev.migrator.operations;

import dev.migrator.schema.Column;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.Index;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Table;
import dev.migrator.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** Turns the elements given to {@code createTable} into a {@link Table}. */
final class TableAssembler {

    private TableAssembler() {
    }

    static Table assemble(QualifiedName name, TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        List<String> primaryKeyColumns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        String comment = null;
        for (TableElement element : elements) {
            if (element instanceof ColumnDefinition column) {
                columns.add(column.toColumn());
                if (column.isPrimaryKey()) {
                    primaryKeyColumns.add(column.name());
                }
                if (column.isUnique()) {
                    constraints.add(new UniqueConstraint(null, List.of(column.name())));
                }
                column.foreignKey(name.schema()).ifPresent(constraints::add);
            } else if (element instanceof ConstraintDefinition constraint) {
                constraints.add(constraint.toConstraint());
            } else if (element instanceof ForeignKeyDefinition foreignKey) {
                constraints.add(foreignKey.toForeignKey(name.schema()));
            } else if (element instanceof IndexDefinition index) {
                indexes.add(index.toIndex());
            } else if (element instanceof TableCommentDefinition tableComment) {
                comment = tableComment.comment();
            }
        }
        if (!primaryKeyColumns.isEmpty()) {
            if (constraints.stream().anyMatch(PrimaryKey.class::isInstance)) {
                throw new IllegalArgumentException("table " + name + " declares its primary key twice: on columns "
                        + primaryKeyColumns + " and as primaryKey(...); use one of them");
            }
            // The key goes first, where a reader of the CREATE TABLE expects it.
            constraints.add(0, new PrimaryKey(null, primaryKeyColumns));
        }
        return new Table(name, columns, constraints, indexes, comment);
    }
}
