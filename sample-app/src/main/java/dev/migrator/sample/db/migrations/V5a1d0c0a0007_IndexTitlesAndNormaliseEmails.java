package dev.migrator.sample.db.migrations;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A title index for searching, and a data migration: member emails trimmed and lower-cased. */
@Revision(id = "5a1d0c0a0007", down = "5a1d0c0a0006", message = "index book titles and normalise member emails",
        created = "2026-11-06T09:00:00Z")
public class V5a1d0c0a0007_IndexTitlesAndNormaliseEmails implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("ix_book_title", "book", "title");
        op.jdbc(connection -> {
            Map<Long, String> normalised = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, email FROM library_member");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String email = rows.getString(2);
                    String clean = email.strip().toLowerCase(Locale.ROOT);
                    if (!clean.equals(email)) {
                        normalised.put(rows.getLong(1), clean);
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE library_member SET email = ? WHERE id = ?")) {
                for (Map.Entry<Long, String> member : normalised.entrySet()) {
                    update.setString(1, member.getValue());
                    update.setLong(2, member.getKey());
                    update.executeUpdate();
                }
            }
        });
    }

    @Override
    public void downgrade(Operations op) {
        // The emails stay normalised: their old spelling is not worth keeping.
        op.dropIndex("ix_book_title", "book");
    }
}
