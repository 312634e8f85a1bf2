/**
 * The pieces behind the user commands that need no database: placing and writing new revisions, and describing
 * and drawing the revision graph.
 *
 * <ul>
 *   <li>{@link dev.migrator.command.NewRevisionPlanner} decides where {@code revision} and {@code merge} put a new
 *       revision; {@link dev.migrator.command.RevisionFileWriter} writes it as a Java migration class.</li>
 *   <li>{@link dev.migrator.command.HistoryFormatter} prints {@code history}, {@code heads}, {@code branches} and
 *       {@code show} as Alembic does.</li>
 *   <li>{@link dev.migrator.command.RevisionGraphRenderer} draws the graph as ASCII, Graphviz DOT or Mermaid.</li>
 * </ul>
 *
 * Mistakes a user can make fail with {@link dev.migrator.command.CommandException},
 * {@link dev.migrator.revision.RevisionException} or {@link dev.migrator.script.InvalidRevisionIdException}, each
 * with a message that names what is wrong and what to do.
 */
package dev.migrator.command;
