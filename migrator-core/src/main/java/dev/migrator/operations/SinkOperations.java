package dev.migrator.operations;

import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.ConstraintType;
import dev.migrator.schema.Index;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** {@link Operations} that build each operation value and hand it to a sink. */
final class SinkOperations implements Operations {

    private final OperationSink sink;
    private final String schema;

    SinkOperations(OperationSink sink, String schema) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.schema = schema;
    }

    @Override
    public Operations inSchema(String otherSchema) {
        return new SinkOperations(sink, otherSchema);
    }

    @Override
    public void apply(MigrationOperation operation) {
        sink.accept(Objects.requireNonNull(operation, "operation"));
    }

    @Override
    public void createTable(String table, TableElement... elements) {
        apply(new CreateTable(TableAssembler.assemble(name(table), elements)));
    }

    @Override
    public void dropTable(String table) {
        apply(new DropTable(name(table), null));
    }

    @Override
    public void renameTable(String table, String newName) {
        apply(new RenameTable(name(table), newName));
    }

    @Override
    public void setTableComment(String table, String comment) {
        apply(new SetTableComment(name(table), Objects.requireNonNull(comment, "comment"), null));
    }

    @Override
    public void dropTableComment(String table) {
        apply(new SetTableComment(name(table), null, null));
    }

    @Override
    public void addColumn(String table, ColumnDefinition column) {
        QualifiedName tableName = name(table);
        apply(new AddColumn(tableName, column.toColumn()));
        if (column.isPrimaryKey()) {
            apply(new AddConstraint(tableName, new PrimaryKey(null, List.of(column.name()))));
        }
        if (column.isUnique()) {
            apply(new AddConstraint(tableName, new UniqueConstraint(null, List.of(column.name()))));
        }
        column.foreignKey(schema).ifPresent(fk -> apply(new AddConstraint(tableName, fk)));
    }

    @Override
    public void dropColumn(String table, String column) {
        apply(new DropColumn(name(table), column, null));
    }

    @Override
    public void alterColumn(String table, String column, Consumer<ColumnAlteration> alteration) {
        ColumnAlteration changes = new ColumnAlteration();
        alteration.accept(changes);
        apply(changes.toOperation(name(table), column));
    }

    @Override
    public void renameColumn(String table, String column, String newName) {
        alterColumn(table, column, alter -> alter.rename(newName));
    }

    @Override
    public void createIndex(String name, String table, String... columns) {
        apply(new CreateIndex(name(table), TableElements.index(name, columns).toIndex()));
    }

    @Override
    public void createUniqueIndex(String name, String table, String... columns) {
        apply(new CreateIndex(name(table), TableElements.index(name, columns).unique().toIndex()));
    }

    @Override
    public void createIndex(String table, IndexDefinition index) {
        apply(new CreateIndex(name(table), index.toIndex()));
    }

    @Override
    public void dropIndex(String name, String table) {
        apply(new DropIndex(name(table), name, null));
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        apply(new AddConstraint(name(table), new PrimaryKey(name, List.of(columns))));
    }

    @Override
    public void createForeignKey(String name, String table, ForeignKeyDefinition foreignKey) {
        apply(new AddConstraint(name(table), foreignKey.named(name).toForeignKey(schema)));
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        apply(new AddConstraint(name(table), new UniqueConstraint(name, List.of(columns))));
    }

    @Override
    public void createCheckConstraint(String name, String table, String condition) {
        apply(new AddConstraint(name(table), new CheckConstraint(name, condition)));
    }

    @Override
    public void dropConstraint(String name, String table, ConstraintType type) {
        apply(new DropConstraint(name(table), name, type, null));
    }

    @Override
    public void createSchema(String name) {
        apply(new CreateSchema(name));
    }

    @Override
    public void dropSchema(String name) {
        apply(new DropSchema(name));
    }

    @Override
    public void createSequence(String name) {
        apply(new CreateSequence(Sequence.of(name(name))));
    }

    @Override
    public void createSequence(String name, long start, long incrementBy) {
        apply(new CreateSequence(new Sequence(name(name), start, incrementBy)));
    }

    @Override
    public void alterSequence(String name, long incrementBy, long existingIncrementBy) {
        apply(new AlterSequence(name(name), incrementBy, existingIncrementBy));
    }

    @Override
    public void dropSequence(String name) {
        apply(new DropSequence(name(name), null));
    }

    @Override
    public void execute(String sql) {
        apply(new ExecuteSql(sql));
    }

    @Override
    public void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
        List<Map<String, Object>> copies = new ArrayList<>();
        rows.forEach(row -> copies.add(new LinkedHashMap<>(row)));
        apply(new BulkInsert(name(table), copies));
    }

    @Override
    public void jdbc(JdbcWork work) {
        apply(new RunJdbc("data migration code", work));
    }

    private QualifiedName name(String name) {
        return new QualifiedName(schema, name);
    }
}
