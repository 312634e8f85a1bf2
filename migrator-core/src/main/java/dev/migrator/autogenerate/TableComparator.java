package dev.migrator.autogenerate;

/** One step of the table-level pipeline: compares one aspect of a table both schemas have. */
@FunctionalInterface
interface TableComparator {

    void compare(TablePair tables, ComparisonContext context);
}
