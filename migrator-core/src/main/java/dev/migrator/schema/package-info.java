/**
 * A plain, immutable model of a database schema: tables, columns, portable column types, indexes,
 * constraints and sequences. Operations describe changes in its terms; autogenerate reads live
 * databases into it. Names are kept as written; whether they are quoted is the dialect's business.
 */
package dev.migrator.schema;
