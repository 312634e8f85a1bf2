package dev.migrator.autogenerate;

import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Table;

/**
 * A table both schemas have.
 *
 * @param name   its name as the expected schema spells it, which the operations use
 * @param target the expected table
 * @param live   the table in the database, names spelled as a person writes them
 */
record TablePair(QualifiedName name, Table target, Table live) {
}
