package dev.migrator.dialect;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reserved words per database, in lower case.
 *
 * <p>For PostgreSQL, MariaDB and MySQL a longer list than strictly needed does no harm: quoting a
 * lower-case name there does not change its meaning. For H2 it does (a quoted {@code "value"} is
 * not the bare {@code VALUE}), so H2's list is its own keyword list and nothing more.
 */
final class ReservedWords {

    /** Words reserved by SQL:2016 that any of the supported databases also reserves. */
    static final Set<String> SQL_STANDARD = words("""
            all alter and any array as asc asymmetric authorization between binary both by call case cast check
            collate column constraint create cross current_catalog current_date current_role current_schema
            current_time current_timestamp current_user default delete desc distinct drop else end except exists
            false fetch for foreign from full grant group having in inner insert intersect interval into is join
            lateral leading left like limit localtime localtimestamp natural not null offset on only or order
            outer over overlaps partition primary range references returning right row rows select session_user
            set similar some symmetric system_user table tablesample then to trailing true union unique update
            user using value values when where window with""");

    static final Set<String> POSTGRESQL = union(SQL_STANDARD, words("""
            analyse analyze collation concurrently deferrable do freeze ilike initially isnull notnull placing
            variadic verbose"""));

    static final Set<String> MARIADB = union(SQL_STANDARD, words("""
            accessible add analyze before bigint blob change char character condition continue convert cursor
            database databases day_hour day_microsecond day_minute day_second dec decimal declare delayed
            deterministic distinctrow div double dual each elseif enclosed escaped except exit explain float
            float4 float8 force fulltext general generated get high_priority hour_microsecond hour_minute
            hour_second if ignore index infile inout insensitive int int1 int2 int3 int4 int8 integer iterate
            key keys kill leave linear lines load lock long longblob longtext loop low_priority master_bind
            match maxvalue mediumblob mediumint mediumtext middleint minute_microsecond minute_second mod
            modifies no_write_to_binlog numeric optimize option optionally out outfile precision procedure
            purge read reads real recursive regexp release rename repeat replace require resignal restrict
            return revoke rlike schema schemas second_microsecond sensitive separator show signal smallint
            spatial specific sql sql_big_result sql_calc_found_rows sql_small_result sqlexception sqlstate
            sqlwarning ssl starting stored straight_join terminated tinyblob tinyint tinytext trigger undo
            unlock unsigned usage use utc_date utc_time utc_timestamp varbinary varchar varcharacter varying
            virtual while write xor year_month zerofill rank row_number cume_dist dense_rank first_value
            lag last_value lead nth_value ntile percent_rank"""));

    /** H2 2.x keywords; see "Keywords / Reserved Words" in the H2 documentation. */
    static final Set<String> H2 = words("""
            all and any array as asymmetric authorization between both case cast check constraint cross
            current_catalog current_date current_path current_role current_schema current_time
            current_timestamp current_user day default distinct else end except exists false fetch for foreign
            from full group groups having hour if ilike in inner intersect interval is join key leading left
            like limit localtime localtimestamp minus minute month natural not null offset on or order over
            partition primary qualify range regexp right row rownum rows second select session_user set some
            symmetric system_user table to top trailing true uescape union unique unknown user using value
            values when where window with year _rowid_""");

    private ReservedWords() {
    }

    private static Set<String> words(String text) {
        return Set.copyOf(Arrays.asList(text.toLowerCase(Locale.ROOT).trim().split("\\s+")));
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }
}
