package dev.migrator.autogenerate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Check conditions and index expressions in a loose canonical form, because each database prints back its own
 * rendering of what a migration wrote: H2 {@code "PRICE" >= CAST(0 AS NUMERIC(1))}, PostgreSQL
 * {@code (price >= (0)::numeric)}, MariaDB {@code `price` >= 0} all become {@code price>=0}. Quotes, casts,
 * parentheses, blanks and case are dropped; that is good enough to recognise an unchanged expression.
 *
 * <p>PostgreSQL also rewrites two forms that Hibernate uses for its enum and range checks: {@code x between a and b}
 * comes back as {@code (x >= a) AND (x <= b)}, and {@code x in ('A', 'B')} as
 * {@code (x)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])}; both are brought to the
 * rewritten form.
 */
final class SqlExpressions {

    private static final Pattern CAST_FUNCTION = Pattern.compile("cast\\(([^()]*?|\\([^()]*\\)) as [a-z ]+(\\(\\d+(,\\d+)?\\))?\\)");
    private static final Pattern POSTGRES_CAST = Pattern.compile("::[a-z_]+( (varying|precision|with(out)? time zone))*(\\(\\d+(,\\d+)?\\))?(\\[\\])*");

    private static final String OPERAND = "(?:'(?:[^']|'')*'|[-+]?\\d+(?:\\.\\d+)?|[a-z_][a-z0-9_.$]*)";
    private static final Pattern BETWEEN = Pattern.compile(
            "(?<![a-z0-9_.$])([a-z_][a-z0-9_.$]*) between (" + OPERAND + ") and (" + OPERAND + ")");
    private static final Pattern ANY_ARRAY = Pattern.compile("=anyarray\\[([^\\[\\]]*)\\]");

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
        text = BETWEEN.matcher(text).replaceAll("$1 >= $2 and $1 <= $3");
        text = text.replaceAll("[()\\s]", "");
        return ANY_ARRAY.matcher(text).replaceAll("in$1");
    }
}
