package org.evsynth.review;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done inside one transaction. */
@FunctionalInterface
interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
