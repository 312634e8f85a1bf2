package dev.migrator.operations;

import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Sequence;
import java.util.Objects;

/**
 * Drops a sequence.
 *
 * @param name     the sequence
 * @param existing its definition, or null when unknown; needed only to {@link #reverse()} the drop
 */
public record DropSequence(QualifiedName name, Sequence existing) implements MigrationOperation {

    public DropSequence {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public MigrationOperation reverse() {
        if (existing == null) {
            throw new IrreversibleOperationException(this,
                    "the dropped sequence's definition is unknown; record it in DropSequence.existing");
        }
        return new CreateSequence(existing);
    }

    @Override
    public String describe() {
        return "drop sequence " + name;
    }
}
