package dev.migrator.autogenerate;

import dev.migrator.autogenerate.PlannedChanges.Phase;
import dev.migrator.operations.CreateSequence;
import dev.migrator.operations.DropSequence;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Sequence;

/**
 * Sequences created and dropped. A sequence whose start or increment differs is left alone: there is no
 * operation to alter one, and dropping it would restart its numbers.
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
