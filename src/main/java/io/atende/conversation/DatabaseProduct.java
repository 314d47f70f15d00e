package io.atende.conversation;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Which database a data source reaches: H2 and PostgreSQL differ in how commits become durable and how claims lock. */
final class DatabaseProduct {

    private DatabaseProduct() {
    }

    /** The JDBC product name ("H2", "PostgreSQL"). */
    static String of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }
}
