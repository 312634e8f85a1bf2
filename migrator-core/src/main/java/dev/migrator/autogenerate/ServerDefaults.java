package dev.migrator.autogenerate;

import dev.migrator.schema.ColumnType;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Server defaults in one spelling, so that what a migration wrote and what a catalog reports compare equal:
 * {@code 'draft'} and {@code 'draft'} without the database's cast, {@code now()} and {@code CURRENT_TIMESTAMP},
 * {@code TRUE}, {@code 1} and {@code 't'} on a boolean, {@code 0.50} and {@code .5} on a number, {@code NULL}
 * and no default at all.
 */
final class ServerDefaults {

    private static final Set<String> CURRENT_TIMESTAMP = Set.of("now()", "current_timestamp", "current_timestamp()",
            "localtimestamp", "localtimestamp()", "transaction_timestamp()", "statement_timestamp()", "sysdate()");
    private static final Pattern CURRENT_TIMESTAMP_WITH_PRECISION =
            Pattern.compile("(current_timestamp|localtimestamp|now)\\(\\d*\\)");
    private static final Set<String> CURRENT_DATE = Set.of("current_date", "current_date()", "curdate()");
    private static final Set<String> TRUE_SPELLINGS = Set.of("true", "1", "t", "y", "yes", "on", "b'1'");
    private static final Set<String> FALSE_SPELLINGS = Set.of("false", "0", "f", "n", "no", "off", "b'0'");

    private ServerDefaults() {
    }

    /** The default in canonical spelling for a column of this (canonical) type; null for no default. */
    static String canonical(String sqlExpression, ColumnType type) {
        if (sqlExpression == null) {
            return null;
        }
        String expression = withoutOuterParentheses(sqlExpression.strip());
        if (expression.isEmpty() || expression.equalsIgnoreCase("null")) {
            return null;
        }
        boolean quoted = isStringLiteral(expression);
        String value = quoted ? unquote(expression) : expression.toLowerCase(Locale.ROOT);
        if (type instanceof ColumnType.Bool) {
            String bool = value.toLowerCase(Locale.ROOT);
            if (TRUE_SPELLINGS.contains(bool)) {
                return "true";
            } else if (FALSE_SPELLINGS.contains(bool)) {
                return "false";
            }
        }
        if (isNumeric(type)) {
            BigDecimal number = number(value);
            if (number != null) {
                return number.stripTrailingZeros().toPlainString();
            }
        }
        if (quoted) {
            return "'" + value + "'";
        }
        String compact = value.replaceAll("\\s+", "");
        if (CURRENT_TIMESTAMP.contains(compact) || CURRENT_TIMESTAMP_WITH_PRECISION.matcher(compact).matches()) {
            return "current_timestamp";
        }
        if (CURRENT_DATE.contains(compact)) {
            return "current_date";
        }
        BigDecimal number = number(compact);
        return number != null ? number.stripTrailingZeros().toPlainString() : compact;
    }

    /** {@code ((x))} as {@code x}; {@code (a) + (b)} stays as it is. */
    static String withoutOuterParentheses(String expression) {
        String result = expression;
        while (result.length() >= 2 && result.charAt(0) == '(' && result.charAt(result.length() - 1) == ')'
                && closingParenthesis(result) == result.length() - 1) {
            result = result.substring(1, result.length() - 1).strip();
        }
        return result;
    }

    private static int closingParenthesis(String expression) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isStringLiteral(String expression) {
        if (expression.length() < 2 || expression.charAt(0) != '\'' || expression.charAt(expression.length() - 1) != '\'') {
            return false;
        }
        // 'a' || 'b' starts and ends with a quote too: a literal has only doubled quotes inside.
        String inside = expression.substring(1, expression.length() - 1);
        return inside.replace("''", "").indexOf('\'') < 0;
    }

    private static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1).replace("''", "'");
    }

    private static boolean isNumeric(ColumnType type) {
        return type instanceof ColumnType.Int || type instanceof ColumnType.Decimal || type instanceof ColumnType.Real
                || type instanceof ColumnType.DoublePrecision;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
