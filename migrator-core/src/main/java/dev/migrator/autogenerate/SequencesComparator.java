package dev.migrator.autogenerate;

import dev.migrator.autogenerate.PlannedChanges.Phase;
import dev.migrator.operations.AlterSequence;
import dev.migrator.operations.CreateSequence;
import dev.migrator.operations.DropSequence;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Sequence;

/**
 * Sequences created, dropped, and altered when their increment differs: Hibernate refuses to start when a
 * sequence counts up by other than its generator's {@code allocationSize}. A different start is left alone: it
 * only mattered when the sequence was created, and it has been counting since.
 */
final class SequencesComparator implements SchemaLevelComparator {

    @Override
    public void compare(Schema target, Schema live, ComparisonContext context) {
        Pairing<Sequence> sequences = Pairing.byKey(target.sequences(), live.sequences(),
                s -> context.tableKey(s.name()));
        for (Sequence created : sequences.targetOnly()) {
            if (included(created, null, context)) {
                context.plan(Phase.CREATE_SEQUENCES, new CreateSequence(created));
            }
        }
        for (Pairing.Pair<Sequence> both : sequences.both()) {
            Sequence expected = both.target();
            Sequence existing = both.live();
            if (expected.increment() != existing.increment() && included(expected, existing, context)) {
                context.plan(Phase.ALTER_SEQUENCES,
                        new AlterSequence(existing.name(), expected.increment(), existing.increment()));
            }
        }
        for (Sequence dropped : sequences.liveOnly()) {
            if (included(null, dropped, context)) {
                context.planWithWarning(Phase.DROP_SEQUENCES, new DropSequence(dropped.name(), dropped),
                        "Dropping sequence " + dropped.name() + " forgets where its numbering stands.");
            }
        }
    }

    private static boolean included(Sequence target, Sequence live, ComparisonContext context) {
        Sequence either = target != null ? target : live;
        return context.includes(new ComparedObject(ComparedObject.Kind.SEQUENCE, either.name(),
                either.name().name(), target, live));
    }
}
