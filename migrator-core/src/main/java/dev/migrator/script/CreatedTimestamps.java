package dev.migrator.script;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code created} value of a revision: an ISO-8601 instant such as {@code 2026-11-29T10:15:30Z} or a date
 * and time with an offset such as {@code 2026-11-29T11:15:30+01:00}. An offset is required because the value orders
 * revisions written in different time zones.
 */
final class CreatedTimestamps {

    static final String EXPECTED = "an ISO-8601 date and time with an offset, for example 2026-11-29T10:15:30Z";

    private CreatedTimestamps() {
    }

    /**
     * @return the instant, or {@code null} for a blank value (the revision has no creation time)
     * @throws DateTimeParseException if the value is neither blank nor a date and time with an offset
     */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return OffsetDateTime.parse(value.strip()).toInstant();
    }
}
