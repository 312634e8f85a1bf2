package dev.migrator.autogenerate.entity;

import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Column;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Index;
import dev.migrator.schema.IndexKey;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.ReferentialAction;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.Table;
import dev.migrator.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.unique.CreateTableUniqueDelegate;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

/**
 * Reads the tables and sequences of Hibernate's boot metamodel into a {@link Schema}, taking exactly what
 * Hibernate's schema creation ({@code SchemaCreatorImpl} with its table, index, unique key and foreign key
 * exporters) would create: physical tables but no views, the foreign keys Hibernate creates, column checks
 * and table checks (including the ones Hibernate derives from enums and Bean Validation), comments and
 * defaults.
 *
 * <p>Names are spelled by {@link UnquotedNames}, so that Migrator's DDL for them reaches the same objects.
 */
final class BootMetamodelReader {

    private static final String DEFAULT_SCHEMA = "hibernate.default_schema";
    private static final String DEFAULT_CATALOG = "hibernate.default_catalog";

    private final Metadata metadata;
    private final Dialect dialect;
    private final SqlTypeMapping types;
    private final UnquotedNames names;
    private final String defaultSchema;

    BootMetamodelReader(Metadata metadata, Dialect dialect, String targetDatabase, Map<String, Object> settings) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.types = new SqlTypeMapping(targetDatabase);
        this.names = UnquotedNames.forDatabase(targetDatabase);
        Object schema = settings.get(DEFAULT_SCHEMA);
        Object catalog = settings.get(DEFAULT_CATALOG);
        Object qualifier = schema != null ? schema : catalog;
        this.defaultSchema = qualifier != null ? names.writtenName(qualifier.toString()) : null;
    }

    Schema read() {
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isView()) {
                    tables.add(table(table));
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                sequences.add(sequence(namespace.getPhysicalName(), sequence));
            }
        }
        return new Schema(tables, sequences);
    }

    private Table table(org.hibernate.mapping.Table table) {
        List<Column> columns = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            columns.add(column(table, column));
        }
        List<Constraint> constraints = new ArrayList<>();
        if (table.hasPrimaryKey()) {
            constraints.add(new PrimaryKey(null, columnNames(table.getPrimaryKey().getColumns())));
        }
        for (UniqueKey uniqueKey : table.getUniqueKeys().values()) {
            constraints.add(new UniqueConstraint(uniqueKeyName(table, uniqueKey), columnNames(uniqueKey.getColumns())));
        }
        for (org.hibernate.mapping.ForeignKey foreignKey : table.getForeignKeyCollection()) {
            if (foreignKey.isCreationEnabled() && foreignKey.isPhysicalConstraint()) {
                constraints.add(foreignKey(foreignKey));
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            constraints.add(check(check));
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                constraints.add(check(check));
            }
        }
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            indexes.add(index(index));
        }
        return new Table(tableName(table), columns, constraints, indexes, table.getComment());
    }

    private Column column(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column) {
        // Hibernate leaves primary key columns' nullability to the primary key; databases make them not null.
        boolean nullable = column.isNullable() && !table.isPrimaryKey(column);
        return new Column(names.name(column.getName(), column.isQuoted()), types.toColumnType(column.getSqlType(metadata)),
                nullable, column.getDefaultValue(), column.isIdentity(), column.getComment());
    }

    /**
     * The name the unique key gets in the database as Hibernate creates it. Where Hibernate declares unique
     * keys inside CREATE TABLE (H2, PostgreSQL), it names only those whose name was given explicitly and
     * writes a unique column as a bare {@code unique}, so the database picks the name; where it adds them
     * with ALTER TABLE (MariaDB, MySQL), every key has Hibernate's name.
     */
    private String uniqueKeyName(org.hibernate.mapping.Table table, UniqueKey uniqueKey) {
        if (!(dialect.getUniqueDelegate() instanceof CreateTableUniqueDelegate)) {
            return constraintName(uniqueKey.getName());
        }
        boolean uniqueColumn = uniqueKey.getColumns().size() == 1 && uniqueKey.getColumn(0).isUnique();
        return uniqueKey.isNameExplicit() && !uniqueColumn ? constraintName(uniqueKey.getName()) : null;
    }

    private ForeignKey foreignKey(org.hibernate.mapping.ForeignKey foreignKey) {
        org.hibernate.mapping.Table referenced = foreignKey.getReferencedTable();
        List<org.hibernate.mapping.Column> referencedColumns = foreignKey.isReferenceToPrimaryKey()
                ? referenced.getPrimaryKey().getColumns()
                : foreignKey.getReferencedColumns();
        ReferentialAction onDelete = onDelete(foreignKey.getOnDeleteAction());
        return new ForeignKey(constraintName(foreignKey.getName()), columnNames(foreignKey.getColumns()),
                tableName(referenced), columnNames(referencedColumns), onDelete, null);
    }

    private static ReferentialAction onDelete(OnDeleteAction action) {
        if (action == null) {
            return null;
        }
        return switch (action) {
            // Hibernate writes no clause for NO_ACTION, which leaves the database's default.
            case NO_ACTION -> null;
            case CASCADE -> ReferentialAction.CASCADE;
            case RESTRICT -> ReferentialAction.RESTRICT;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
        };
    }

    private CheckConstraint check(org.hibernate.mapping.CheckConstraint check) {
        return new CheckConstraint(check.isNamed() ? constraintName(check.getName()) : null, check.getConstraint());
    }

    private Index index(org.hibernate.mapping.Index index) {
        List<IndexKey> keys = new ArrayList<>();
        for (Selectable selectable : index.getSelectables()) {
            keys.add(selectable instanceof org.hibernate.mapping.Column column
                    ? IndexKey.column(names.name(column.getName(), column.isQuoted()))
                    : IndexKey.expression(selectable.getText(dialect)));
        }
        return new Index(constraintName(index.getName()), keys, index.isUnique(), null);
    }

    private Sequence sequence(Namespace.Name namespace, org.hibernate.boot.model.relational.Sequence sequence) {
        Identifier sequenceName = sequence.getName().getSequenceName();
        QualifiedName name = new QualifiedName(schemaOf(namespace.schema(), namespace.catalog()),
                names.name(sequenceName));
        return new Sequence(name, sequence.getInitialValue(), sequence.getIncrementSize());
    }

    private QualifiedName tableName(org.hibernate.mapping.Table table) {
        return new QualifiedName(schemaOf(table.getSchemaIdentifier(), table.getCatalogIdentifier()),
                names.name(table.getName(), table.isQuoted()));
    }

    /** The schema, or on databases whose schemas are catalogs (MariaDB) the catalog, else the default. */
    private String schemaOf(Identifier schema, Identifier catalog) {
        Identifier qualifier = schema != null ? schema : catalog;
        return qualifier != null ? names.name(qualifier) : defaultSchema;
    }

    private List<String> columnNames(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(column -> names.name(column.getName(), column.isQuoted())).toList();
    }

    private String constraintName(String name) {
        return name == null || name.isEmpty() ? null : names.writtenName(name);
    }
}
