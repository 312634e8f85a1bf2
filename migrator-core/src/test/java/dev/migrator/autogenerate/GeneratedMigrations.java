package dev.migrator.autogenerate;

import dev.migrator.command.RevisionFileRequest;
import dev.migrator.command.RevisionFileWriter;
import dev.migrator.command.WrittenRevision;
import dev.migrator.script.ScriptLocation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Writes a diff as a migration file, as revisionAutogenerate does; {@link dev.migrator.command.RevisionCompiler} compiles it. */
final class GeneratedMigrations {

    static final String PACKAGE = "com.example.db.migrations";

    private GeneratedMigrations() {
    }

    static WrittenRevision write(SchemaDiff diff, Path sourceRoot, String id, String message) {
        OperationRenderer renderer = new OperationRenderer();
        RevisionFileRequest.Builder request = RevisionFileRequest.builder(ScriptLocation.of(PACKAGE), sourceRoot)
                .revisionId(id).message(message).downRevisions(List.of())
                .upgrade(renderer.upgrade(diff)).downgrade(renderer.downgrade(diff));
        OperationRenderer.staticImports().forEach(request::addStaticImport);
        return new RevisionFileWriter(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC))
                .write(request.build());
    }
}
