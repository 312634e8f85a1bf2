package dev.migrator.operations;

import dev.migrator.schema.Sequence;
import java.util.Objects;

/** Creates a sequence. Reverse: {@link DropSequence}. */
public record CreateSequence(Sequence sequence) implements MigrationOperation {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public MigrationOperation reverse() {
        return new DropSequence(sequence.name(), sequence);
    }

    @Override
    public String describe() {
        return "create sequence " + sequence.name();
    }
}
