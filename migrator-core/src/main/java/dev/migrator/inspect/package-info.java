/**
 * Reading a live database schema into the {@link dev.migrator.schema.Schema} model, the "database side" that
 * autogenerate compares with the model side.
 *
 * <p>{@link dev.migrator.inspect.SchemaInspector#forDialect(dev.migrator.dialect.Dialect)} gives the inspector of a
 * database; {@link dev.migrator.inspect.InspectOptions} says which schema to read and which tables to leave out. Each
 * database has one inspector class that reads its catalog with a fixed number of bulk queries per schema, however
 * many tables it holds.
 */
package dev.migrator.inspect;
