package dev.migrator.autogenerate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.migrator.operations.AddColumn;
import dev.migrator.operations.AddConstraint;
import dev.migrator.operations.AlterColumn;
import dev.migrator.operations.CreateIndex;
import dev.migrator.operations.CreateSchema;
import dev.migrator.operations.AlterSequence;
import dev.migrator.operations.CreateSequence;
import dev.migrator.operations.CreateTable;
import dev.migrator.operations.DropColumn;
import dev.migrator.operations.DropConstraint;
import dev.migrator.operations.DropIndex;
import dev.migrator.operations.DropSchema;
import dev.migrator.operations.DropSequence;
import dev.migrator.operations.DropTable;
import dev.migrator.operations.ExecuteSql;
import dev.migrator.operations.IrreversibleOperationException;
import dev.migrator.operations.MigrationOperation;
import dev.migrator.operations.RenameTable;
import dev.migrator.operations.SetTableComment;
import dev.migrator.operations.TableElements;
import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Column;
import dev.migrator.schema.ColumnType;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.ConstraintType;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Index;
import dev.migrator.schema.IndexKey;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.ReferentialAction;
import dev.migrator.schema.Table;
import dev.migrator.schema.Types;
import dev.migrator.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints operations as Java source that calls the {@link dev.migrator.operations.Operations} API, the way a person
 * writes a migration by hand (Alembic's {@code autogenerate/render.py}):
 * <pre>{@code
 * op.createTable("book",
 *         column("id", bigint()).identity().primaryKey(),
 *         column("title", string(200)).notNull(),
 *         foreignKey("author_id").references("author", "id").onDelete(CASCADE).named("fk_book_author"));
 * op.alterColumn("book", "title", alter -> alter
 *         .type(string(300))
 *         .existingType(string(200))
 *         .existingNullable(false));
 * }</pre>
 * The code refers to {@link Types}, {@link TableElements} and {@link ReferentialAction} through their class, which
 * JavaPoet shortens to the bare method when the file has the {@link #staticImports()}; without them the code
 * still compiles, fully qualified.
 */
public final class OperationRenderer {

    private static final ClassName TYPES = ClassName.get(Types.class);
    private static final ClassName ELEMENTS = ClassName.get(TableElements.class);
    private static final ClassName ACTIONS = ClassName.get(ReferentialAction.class);
    private static final ClassName QUALIFIED_NAME = ClassName.get(QualifiedName.class);
    private static final int COMMENT_WIDTH = 100;

    /** The classes whose members the generated code uses bare: import them statically with {@code .*}. */
    public static List<Class<?>> staticImports() {
        return List.of(Types.class, TableElements.class, ReferentialAction.class);
    }

    /**
     * The body of {@code upgrade}: every operation of the diff in order, each preceded by its warnings and, for a
     * drop that may be half of a rename, the rename to use instead, commented out.
     */
    public CodeBlock upgrade(SchemaDiff diff) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (MigrationOperation operation : diff.operations()) {
            List<String> notes = new ArrayList<>();
            diff.warningsFor(operation).forEach(w -> notes.add("Warning: " + w.message()));
            for (PossibleRename rename : diff.renamesDroppedBy(operation)) {
                notes.add("Possible rename: " + rename.description());
                notes.add("To keep the data, use this instead of this drop and the matching add:");
                notes.add("    " + render(rename.rename()).toString().strip());
            }
            comment(code, notes, !code.isEmpty());
            code.add(render(operation));
        }
        return code.build();
    }

    /**
     * The body of {@code downgrade}: the reverse of every upgrade operation, last first. An operation without a
     * known reverse becomes a comment that says so.
     */
    public CodeBlock downgrade(SchemaDiff diff) {
        CodeBlock.Builder code = CodeBlock.builder();
        List<MigrationOperation> operations = diff.operations();
        for (int i = operations.size() - 1; i >= 0; i--) {
            try {
                code.add(render(operations.get(i).reverse()));
            } catch (IrreversibleOperationException e) {
                comment(code, List.of("Cannot undo '" + operations.get(i).describe() + "': " + e.getMessage()), true);
            }
        }
        return code.build();
    }

    /** One operation as one statement, ending in a line break. */
    public CodeBlock render(MigrationOperation operation) {
        if (operation instanceof CreateTable op) {
            return createTable(op.table());
        } else if (operation instanceof DropTable op) {
            return statement(op.table(), "dropTable($S)", op.table().name());
        } else if (operation instanceof RenameTable op) {
            return statement(op.table(), "renameTable($S, $S)", op.table().name(), op.newName());
        } else if (operation instanceof SetTableComment op) {
            return op.comment() == null ? statement(op.table(), "dropTableComment($S)", op.table().name())
                    : statement(op.table(), "setTableComment($S, $S)", op.table().name(), op.comment());
        } else if (operation instanceof AddColumn op) {
            return statement(op.table(), "addColumn($S, $L)", op.table().name(), column(op.column(), false));
        } else if (operation instanceof DropColumn op) {
            return statement(op.table(), "dropColumn($S, $S)", op.table().name(), op.column());
        } else if (operation instanceof AlterColumn op) {
            return alterColumn(op);
        } else if (operation instanceof CreateIndex op) {
            return createIndex(op.table(), op.index());
        } else if (operation instanceof DropIndex op) {
            return statement(op.table(), "dropIndex($S, $S)", op.name(), op.table().name());
        } else if (operation instanceof AddConstraint op) {
            return addConstraint(op.table(), op.constraint());
        } else if (operation instanceof DropConstraint op) {
            return statement(op.table(), "dropConstraint($S, $S, $T.$L)", op.name(), op.table().name(),
                    ConstraintType.class, op.type().name());
        } else if (operation instanceof CreateSequence op) {
            return op.sequence().start() == 1 && op.sequence().increment() == 1
                    ? statement(op.sequence().name(), "createSequence($S)", op.sequence().name().name())
                    : statement(op.sequence().name(), "createSequence($S, $L, $L)", op.sequence().name().name(),
                            op.sequence().start(), op.sequence().increment());
        } else if (operation instanceof AlterSequence op && op.existingIncrementBy() != null) {
            return statement(op.name(), "alterSequence($S, $L, $L)", op.name().name(), op.incrementBy(),
                    op.existingIncrementBy());
        } else if (operation instanceof DropSequence op) {
            return statement(op.name(), "dropSequence($S)", op.name().name());
        } else if (operation instanceof CreateSchema op) {
            return CodeBlock.of("op.createSchema($S);\n", op.name());
        } else if (operation instanceof DropSchema op) {
            return CodeBlock.of("op.dropSchema($S);\n", op.name());
        } else if (operation instanceof ExecuteSql op) {
            return CodeBlock.of("op.execute($S);\n", op.sql());
        }
        throw new IllegalArgumentException("autogenerate does not render " + operation.describe()
                + "; write it in the migration by hand");
    }

    /** A type as code: {@code string(200)}, {@code raw("citext")}. */
    public static CodeBlock typeCode(ColumnType type) {
        if (type instanceof ColumnType.Int t) {
            return switch (t.size()) {
                case SMALL -> CodeBlock.of("$T.smallint()", TYPES);
                case INT -> CodeBlock.of("$T.integer()", TYPES);
                case BIG -> CodeBlock.of("$T.bigint()", TYPES);
            };
        } else if (type instanceof ColumnType.VarChar t) {
            return CodeBlock.of("$T.string($L)", TYPES, t.length());
        } else if (type instanceof ColumnType.Text) {
            return CodeBlock.of("$T.text()", TYPES);
        } else if (type instanceof ColumnType.Bool) {
            return CodeBlock.of("$T.bool()", TYPES);
        } else if (type instanceof ColumnType.Decimal t) {
            return CodeBlock.of("$T.numeric($L, $L)", TYPES, t.precision(), t.scale());
        } else if (type instanceof ColumnType.Real) {
            return CodeBlock.of("$T.real()", TYPES);
        } else if (type instanceof ColumnType.DoublePrecision) {
            return CodeBlock.of("$T.doublePrecision()", TYPES);
        } else if (type instanceof ColumnType.Date) {
            return CodeBlock.of("$T.date()", TYPES);
        } else if (type instanceof ColumnType.Time) {
            return CodeBlock.of("$T.time()", TYPES);
        } else if (type instanceof ColumnType.Timestamp t) {
            return t.withTimeZone() ? CodeBlock.of("$T.timestampWithTimeZone()", TYPES)
                    : CodeBlock.of("$T.timestamp()", TYPES);
        } else if (type instanceof ColumnType.Uuid) {
            return CodeBlock.of("$T.uuid()", TYPES);
        } else if (type instanceof ColumnType.Binary t) {
            return t.length() == null ? CodeBlock.of("$T.blob()", TYPES)
                    : CodeBlock.of("$T.binary($L)", TYPES, t.length());
        } else if (type instanceof ColumnType.Json) {
            return CodeBlock.of("$T.json()", TYPES);
        } else if (type instanceof ColumnType.Enumerated t) {
            return CodeBlock.of("$T.enumOf($L)", TYPES, strings(t.values()));
        }
        return CodeBlock.of("$T.raw($S)", TYPES, ((ColumnType.Raw) type).sql());
    }

    // ---- tables and columns -----------------------------------------------------------------------

    private CodeBlock createTable(Table table) {
        List<CodeBlock> elements = new ArrayList<>();
        PrimaryKey key = table.primaryKey().orElse(null);
        // A one-column key without a name reads best on its column, as a person writes it.
        boolean keyOnColumn = key != null && key.name() == null && key.columns().size() == 1;
        for (Column column : table.columns()) {
            elements.add(column(column, keyOnColumn && key.columns().get(0).equals(column.name())));
        }
        for (Constraint constraint : table.constraints()) {
            if (constraint instanceof PrimaryKey pk) {
                if (!keyOnColumn) {
                    elements.add(named(CodeBlock.of("$T.primaryKey($L)", ELEMENTS, strings(pk.columns())), pk.name()));
                }
            } else if (constraint instanceof ForeignKey fk) {
                elements.add(named(foreignKey(fk, table.name()), fk.name()));
            } else if (constraint instanceof UniqueConstraint unique) {
                elements.add(named(CodeBlock.of("$T.unique($L)", ELEMENTS, strings(unique.columns())), unique.name()));
            } else if (constraint instanceof CheckConstraint check) {
                elements.add(named(CodeBlock.of("$T.check($S)", ELEMENTS, check.condition()), check.name()));
            }
        }
        table.indexes().forEach(index -> elements.add(index(index)));
        if (table.comment() != null) {
            elements.add(CodeBlock.of("$T.tableComment($S)", ELEMENTS, table.comment()));
        }
        CodeBlock.Builder code = CodeBlock.builder().add("$L.createTable($S,\n$>$>", receiver(table.name()),
                table.name().name());
        code.add(CodeBlock.join(elements, ",\n"));
        return code.add(");\n$<$<").build();
    }

    private static CodeBlock column(Column column, boolean primaryKey) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.column($S, $L)", ELEMENTS, column.name(),
                typeCode(column.type()));
        if (column.identity()) {
            code.add(".identity()");
        }
        if (primaryKey) {
            code.add(".primaryKey()");
        } else if (!column.nullable()) {
            code.add(".notNull()");
        }
        if (column.serverDefault() != null) {
            code.add(".serverDefault($S)", column.serverDefault());
        }
        if (column.comment() != null) {
            code.add(".comment($S)", column.comment());
        }
        return code.build();
    }

    private CodeBlock alterColumn(AlterColumn op) {
        boolean renameOnly = op.renames() && op.type() == null && op.nullable() == null && op.serverDefault() == null
                && op.comment() == null;
        if (renameOnly) {
            return statement(op.table(), "renameColumn($S, $S, $S)", op.table().name(), op.column(), op.newName());
        }
        List<CodeBlock> calls = new ArrayList<>();
        if (op.renames()) {
            calls.add(CodeBlock.of(".rename($S)", op.newName()));
        }
        if (op.type() != null) {
            calls.add(CodeBlock.of(".type($L)", typeCode(op.type())));
        }
        if (op.nullable() != null) {
            calls.add(CodeBlock.of(".nullable($L)", op.nullable()));
        }
        if (op.serverDefault() != null) {
            calls.add(CodeBlock.of(".serverDefault($S)", op.serverDefault().value()));
        }
        if (op.comment() != null) {
            calls.add(CodeBlock.of(".comment($S)", op.comment().value()));
        }
        if (op.existingType() != null) {
            calls.add(CodeBlock.of(".existingType($L)", typeCode(op.existingType())));
        }
        if (op.existingNullable() != null) {
            calls.add(CodeBlock.of(".existingNullable($L)", op.existingNullable()));
        }
        if (op.existingServerDefault() != null) {
            calls.add(CodeBlock.of(".existingServerDefault($S)", op.existingServerDefault()));
        }
        if (op.existingComment() != null) {
            calls.add(CodeBlock.of(".existingComment($S)", op.existingComment()));
        }
        if (op.existingIdentity() != null) {
            calls.add(CodeBlock.of(".existingIdentity($L)", op.existingIdentity()));
        }
        return CodeBlock.builder()
                .add("$L.alterColumn($S, $S, alter -> alter\n$>$>", receiver(op.table()), op.table().name(), op.column())
                .add(CodeBlock.join(calls, "\n"))
                .add(");\n$<$<")
                .build();
    }

    // ---- indexes and constraints ------------------------------------------------------------------

    private CodeBlock createIndex(QualifiedName table, Index index) {
        boolean columnsOnly = index.where() == null && index.keys().stream().allMatch(IndexKey.OnColumn.class::isInstance);
        if (columnsOnly) {
            return statement(table, index.unique() ? "createUniqueIndex($S, $S, $L)" : "createIndex($S, $S, $L)",
                    index.name(), table.name(), strings(columns(index.keys())));
        }
        return statement(table, "createIndex($S, $L)", table.name(), index(index));
    }

    /** {@code index("ix", "a", "b").expression("lower(c)").unique().where("...")}, keys in their order. */
    private static CodeBlock index(Index index) {
        List<IndexKey> keys = index.keys();
        int leadingColumns = 0;
        while (leadingColumns < keys.size() && keys.get(leadingColumns) instanceof IndexKey.OnColumn) {
            leadingColumns++;
        }
        CodeBlock.Builder code = CodeBlock.builder();
        code.add(leadingColumns == 0 ? CodeBlock.of("$T.index($S)", ELEMENTS, index.name())
                : CodeBlock.of("$T.index($S, $L)", ELEMENTS, index.name(),
                        strings(columns(keys.subList(0, leadingColumns)))));
        for (IndexKey key : keys.subList(leadingColumns, keys.size())) {
            code.add(key instanceof IndexKey.OnColumn column ? CodeBlock.of(".columns($S)", column.column())
                    : CodeBlock.of(".expression($S)", ((IndexKey.OnExpression) key).sql()));
        }
        if (index.unique()) {
            code.add(".unique()");
        }
        if (index.where() != null) {
            code.add(".where($S)", index.where());
        }
        return code.build();
    }

    private CodeBlock addConstraint(QualifiedName table, Constraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            return statement(table, "createPrimaryKey($S, $S, $L)", pk.name(), table.name(), strings(pk.columns()));
        } else if (constraint instanceof ForeignKey fk) {
            return statement(table, "createForeignKey($S, $S,\n$>$>$L)", fk.name(), table.name(), foreignKey(fk, table))
                    .toBuilder().add("$<$<").build();
        } else if (constraint instanceof UniqueConstraint unique) {
            return statement(table, "createUniqueConstraint($S, $S, $L)", unique.name(), table.name(),
                    strings(unique.columns()));
        }
        CheckConstraint check = (CheckConstraint) constraint;
        return statement(table, "createCheckConstraint($S, $S, $S)", check.name(), table.name(), check.condition());
    }

    /** {@code foreignKey("author_id").references("author", "id").onDelete(CASCADE)}, without its name. */
    private static CodeBlock foreignKey(ForeignKey fk, QualifiedName table) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.foreignKey($L)", ELEMENTS, strings(fk.columns()));
        QualifiedName referenced = fk.referencedTable();
        if (referenced.schema() == null || referenced.schema().equals(table.schema())) {
            code.add(".references($S, $L)", referenced.name(), strings(fk.referencedColumns()));
        } else {
            code.add(".references(new $T($S, $S), $L)", QUALIFIED_NAME, referenced.schema(), referenced.name(),
                    strings(fk.referencedColumns()));
        }
        if (fk.onDelete() != null) {
            // The constant inside the format, so that JavaPoet sees the member and uses the static import.
            code.add(".onDelete($T." + fk.onDelete().name() + ")", ACTIONS);
        }
        if (fk.onUpdate() != null) {
            code.add(".onUpdate($T." + fk.onUpdate().name() + ")", ACTIONS);
        }
        return code.build();
    }

    private static CodeBlock named(CodeBlock element, String name) {
        return name == null ? element : CodeBlock.of("$L.named($S)", element, name);
    }

    // ---- pieces -----------------------------------------------------------------------------------

    /** {@code op.<call>;} on the operations of the name's schema. */
    private static CodeBlock statement(QualifiedName name, String call, Object... args) {
        return CodeBlock.builder().add("$L.", receiver(name)).add(call, args).add(";\n").build();
    }

    private static CodeBlock receiver(QualifiedName name) {
        return name.schema() == null ? CodeBlock.of("op") : CodeBlock.of("op.inSchema($S)", name.schema());
    }

    private static CodeBlock strings(List<String> values) {
        return values.stream().map(value -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(", "));
    }

    private static List<String> columns(List<IndexKey> keys) {
        return keys.stream().map(key -> ((IndexKey.OnColumn) key).column()).toList();
    }

    /** Line comments, wrapped, after a blank line unless they open the block. */
    private static void comment(CodeBlock.Builder code, List<String> lines, boolean blankLineBefore) {
        if (lines.isEmpty()) {
            return;
        }
        if (blankLineBefore) {
            code.add("\n");
        }
        for (String line : lines) {
            for (String wrapped : wrap(line.replace('\n', ' '))) {
                code.add("// $L\n", wrapped);
            }
        }
    }

    private static List<String> wrap(String text) {
        if (text.startsWith("    ")) {
            return List.of(text);  // code stays on one line, to be uncommented as it is
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > COMMENT_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
