package dev.migrator.script;

import dev.migrator.operations.ExecuteSql;
import dev.migrator.operations.Operations;
import java.util.List;

/** Operations that only collect the SQL text a migration executes, for tests of script loading. */
final class RecordedSql {

    private RecordedSql() {
    }

    static Operations into(List<String> executed) {
        return Operations.writingTo(operation -> executed.add(((ExecuteSql) operation).sql()));
    }
}
