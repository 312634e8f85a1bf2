/**
 * Database dialects: how each database spells migration operations, quotes identifiers and names
 * types, and whether its DDL is transactional. {@link dev.migrator.dialect.Dialects} finds one by
 * name or from a JDBC connection; {@link dev.migrator.dialect.Dialect} is the SPI for adding a database.
 */
package dev.migrator.dialect;
