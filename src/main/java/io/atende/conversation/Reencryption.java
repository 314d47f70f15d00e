package io.atende.conversation;

import io.atende.privacy.FieldCipher;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-seals every sealed column with the active key, in batches, after a key rotation. Rows that
 * already use the active key are left alone, so an interrupted run can simply be started again.
 */
@Component
public class Reencryption {

    private record SealedColumn(String table, String idColumn, String column) {
    }

    private static final List<SealedColumn> COLUMNS = List.of(
            new SealedColumn("messages", "id", "text"),
            new SealedColumn("messages", "id", "attachments"),
            new SealedColumn("conversations", "id", "attributes"),
            new SealedColumn("conversations", "id", "journey_state"),
            new SealedColumn("contacts", "id", "display_name"),
            new SealedColumn("conversation_events", "id", "payload"),
            new SealedColumn("contact_preferences", "contact_id", "opt_out_text"),
            new SealedColumn("contact_preferences", "contact_id", "opt_in_text"));
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final TransactionTemplate tx;

    Reencryption(JdbcClient jdbc, FieldCipher cipher, TransactionTemplate conversationTransactions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.tx = conversationTransactions;
    }

    /** Re-seals what the active key did not seal; returns the number of values rewritten. */
    public long reencryptAll() {
        long rewritten = 0;
        for (SealedColumn c : COLUMNS) {
            rewritten += reencrypt(c);
        }
        return rewritten;
    }

    /** Values still sealed with a key other than the active one. */
    public long countStale() {
        long stale = 0;
        for (SealedColumn c : COLUMNS) {
            stale += jdbc.sql("SELECT " + c.column() + " FROM " + c.table() + " WHERE " + c.column() + " IS NOT NULL")
                    .query(String.class).list().stream().filter(v -> !cipher.isSealedWithActiveKey(v)).count();
        }
        return stale;
    }

    private long reencrypt(SealedColumn c) {
        long total = 0;
        Object after = null;
        while (true) {
            Object from = after;
            List<Object[]> rows = jdbc.sql("SELECT " + c.idColumn() + ", " + c.column() + " FROM " + c.table()
                            + " WHERE " + c.column() + " IS NOT NULL"
                            + (from == null ? "" : " AND " + c.idColumn() + " > ?")
                            + " ORDER BY " + c.idColumn() + " LIMIT " + BATCH)
                    .params(from == null ? List.of() : List.of(from))
                    .query((rs, n) -> new Object[] {rs.getObject(1), rs.getString(2)})
                    .list();
            if (rows.isEmpty()) {
                return total;
            }
            Long done = tx.execute(s -> {
                long count = 0;
                for (Object[] row : rows) {
                    String value = (String) row[1];
                    if (!cipher.isSealedWithActiveKey(value)) {
                        // only if unchanged since read: a turn may have written a newer value meanwhile
                        count += jdbc.sql("UPDATE " + c.table() + " SET " + c.column() + " = ? WHERE " + c.idColumn()
                                        + " = ? AND " + c.column() + " = ?")
                                .params(cipher.seal(cipher.open(value)), row[0], value)
                                .update();
                    }
                }
                return count;
            });
            total += done;
            after = rows.getLast()[0];
        }
    }
}
