/**
 * Migration scripts: finding them in a script location and reading them into {@link dev.migrator.script.MigrationScript}s
 * for the revision graph.
 *
 * <h2>Script location</h2>
 * One Java package, for example {@code com.example.db.migrations}, holds the project's migrations, including its
 * subpackages: {@code @Revision} classes in {@code src/main/java/com/example/db/migrations} and {@code .sql} files in
 * {@code src/main/resources/com/example/db/migrations}. Use {@link dev.migrator.script.ScriptLoader} to load them.
 *
 * <h2>SQL scripts</h2>
 * A {@code .sql} file starts with header lines and then has an upgrade section and, optionally, a downgrade section:
 * <pre>
 * -- migrator:revision 3f2a1b4c5d6e
 * -- migrator:down 1a2b3c4d5e6f
 * -- migrator:branch-labels reporting
 * -- migrator:depends-on 9c8b7a6d5e4f
 * -- migrator:message Add index on book title
 * -- migrator:created 2026-11-29T10:15:30Z
 *
 * -- migrator:upgrade
 * CREATE INDEX ix_book_title ON book (title);
 *
 * -- migrator:downgrade
 * DROP INDEX ix_book_title;
 * </pre>
 * <ul>
 *   <li>{@code revision} is required; every other header line is optional and may appear once. Header lines come
 *       before the first section; ordinary {@code --} comments and blank lines may sit between them.</li>
 *   <li>{@code down}, {@code branch-labels} and {@code depends-on} take any number of ids or labels separated by
 *       spaces or commas: no {@code down} (or an empty one) makes a base revision, several make a merge.</li>
 *   <li>{@code message} is the rest of the line; {@code created} is an ISO-8601 date and time with an offset.</li>
 *   <li>{@code -- migrator:upgrade} and {@code -- migrator:downgrade} stand alone on their lines, each at most once,
 *       in either order. Without a downgrade section the revision cannot be downgraded; an empty one downgrades by
 *       doing nothing.</li>
 *   <li>Each section is split into statements at semicolons, except inside strings, quoted identifiers, comments and
 *       PostgreSQL dollar quotes; each statement is executed on its own.</li>
 *   <li>Any other {@code -- migrator:} line is an error, so a misspelt section is never silently taken for a
 *       comment.</li>
 * </ul>
 *
 * <h2>Revision index</h2>
 * {@link dev.migrator.script.RevisionIndexProcessor} runs when a project compiles against migrator-core and writes
 * {@code META-INF/migrator/revisions/<package.name>.idx} for each package with {@code @Revision} classes, so that
 * start-up reads one small file instead of loading one class per revision.
 */
package dev.migrator.script;
