package dev.migrator.inspect;

import dev.migrator.schema.ReferentialAction;

/** information_schema's spelling of referential actions ({@code UPDATE_RULE}, {@code DELETE_RULE}). */
final class ReferentialRules {

    private ReferentialRules() {
    }

    /** The action, or null when it is the database's default, so that it reads like a foreign key that omits it. */
    static ReferentialAction parse(String rule, ReferentialAction databaseDefault) {
        if (rule == null) {
            return null;
        }
        for (ReferentialAction action : ReferentialAction.values()) {
            if (action.sql().equalsIgnoreCase(rule.strip())) {
                return action == databaseDefault ? null : action;
            }
        }
        return null;
    }
}
