package dev.migrator.command;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.migrator.script.RevisionIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Writes a new migration class: {@code V<id>_<Message>.java}, annotated with {@link dev.migrator.Revision} and
 * implementing {@link dev.migrator.Migration}, with the given (or empty) {@code upgrade} and {@code downgrade}
 * bodies. It never overwrites a file.
 *
 * <p>It does not check the revision against the graph; ask a {@link NewRevisionPlanner} first.
 */
public final class RevisionFileWriter {

    private final Clock clock;

    /** A writer that dates revisions by {@code clock}, to the second. */
    public RevisionFileWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RevisionFileWriter() {
        this(Clock.systemUTC());
    }

    /**
     * @throws dev.migrator.script.InvalidRevisionIdException if the requested id cannot be used
     * @throws CommandException if the file exists already or cannot be written
     */
    public WrittenRevision write(RevisionFileRequest request) {
        String id = request.revisionId() == null ? RevisionIds.generate() : RevisionIds.requireValidId(request.revisionId());
        Instant created = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        JavaFile source = RevisionClassSource.render(request, id, created);
        ClassName className = RevisionClassSource.className(request, id);
        Path file = request.sourceRoot().resolve(request.packageName().replace('.', '/'))
                .resolve(className.simpleName() + ".java");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new CommandException(CommandException.Kind.FILE_EXISTS, List.of(id), "Cannot write revision " + id
                    + ": " + file + " exists already. Move or delete that file, or choose another --rev-id or"
                    + " message.", e);
        } catch (IOException e) {
            throw new CommandException(CommandException.Kind.CANNOT_WRITE, List.of(id), "Cannot write revision " + id
                    + " to " + file + ": " + e.getMessage() + ". Check that the source directory exists and is"
                    + " writable.", e);
        }
        return new WrittenRevision(id, className.canonicalName(), file);
    }
}
