package dev.migrator.operations;

import dev.migrator.schema.QualifiedName;
import java.util.Objects;

/**
 * Changes how much a sequence counts up by, for example after an entity's {@code allocationSize} changed: Hibernate
 * refuses to start when a sequence's increment differs from the allocation size its generator expects. The
 * sequence keeps its current value.
 *
 * @param name                the sequence
 * @param incrementBy         the new increment
 * @param existingIncrementBy the increment before, or null when unknown; needed only to {@link #reverse()} it
 */
public record AlterSequence(QualifiedName name, long incrementBy, Long existingIncrementBy)
        implements MigrationOperation {

    public AlterSequence {
        Objects.requireNonNull(name, "name");
        if (incrementBy == 0) {
            throw new IllegalArgumentException("Sequence " + name + " cannot count up by 0; give a non-zero increment.");
        }
    }

    @Override
    public MigrationOperation reverse() {
        if (existingIncrementBy == null) {
            throw new IrreversibleOperationException(this,
                    "the sequence's increment before is unknown; record it in AlterSequence.existingIncrementBy");
        }
        return new AlterSequence(name, existingIncrementBy, incrementBy);
    }

    @Override
    public String describe() {
        return "alter sequence " + name + " increment by " + incrementBy;
    }
}
