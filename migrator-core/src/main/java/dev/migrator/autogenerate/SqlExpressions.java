package dev.migrator.autogenerate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Check conditions and index expressions in a loose canonical form, because each database prints back its own
 * rendering of what a migration wrote: H2 {@code "PRICE" >= CAST(0 AS NUMERIC(1))}, PostgreSQL
 * {@code (price >= (0)::numeric)}, MariaDB {@code `price` >= 0} all become {@code price>=0}. Quotes, casts,
 * parentheses, blanks and case are dropped; that is good enough to recognise an unchanged expression.
 */
final class SqlExpressions {

    private static final Pattern CAST_FUNCTION = Pattern.compile("cast\\(([^()]*?|\\([^()]*\\)) as [a-z ]+(\\(\\d+(,\\d+)?\\))?\\)");
    private static final Pattern POSTGRES_CAST = Pattern.compile("::[a-z_]+( (varying|precision|with(out)? time zone))*(\\(\\d+(,\\d+)?\\))?(\\[\\])*");

    private SqlExpressions() {
    }

    static String normalise(String sql) {
        if (sql == null) {
            return null;
        }
        String text = sql.toLowerCase(Locale.ROOT).replaceAll("[\"`]", "").replaceAll("\\s+", " ").strip();
        text = text.replaceAll("\\s*([(),])\\s*", "$1");
        String before;
        do {
            before = text;
            text = CAST_FUNCTION.matcher(text).replaceAll("$1");
            text = POSTGRES_CAST.matcher(text).replaceAll("");
        } while (!text.equals(before));
        return text.replaceAll("[()\\s]", "");
    }
}
