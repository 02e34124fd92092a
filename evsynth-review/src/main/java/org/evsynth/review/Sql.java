package org.evsynth.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SQL statement with named parameters ({@code :record}) bound by name, and rows read by column name into
 * records. The statement text is portable SQL that SQLite and PostgreSQL both run; a name is replaced by a JDBC
 * placeholder once per distinct text and cached.
 */
final class Sql {

    /** Reads one row into a value, by column name. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Takes one row, by column name. */
    @FunctionalInterface
    interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    private static final Pattern NAME = Pattern.compile("(?<!:):([a-z_][a-z0-9_]*)");
    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

    private record Parsed(String jdbc, List<String> names) {
    }

    private final Connection connection;
    private final Parsed parsed;
    private final Map<String, Object> values = new HashMap<>();

    Sql(Connection connection, String text) {
        this.connection = connection;
        this.parsed = PARSED.computeIfAbsent(text, Sql::parse);
    }

    private static Parsed parse(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        return new Parsed(jdbc.toString(), List.copyOf(names));
    }

    /** Binds a value (null, a number, text, a boolean as 0/1) to every use of the name. */
    Sql bind(String name, Object value) {
        values.put(name, value instanceof Boolean b ? (b ? 1 : 0) : value);
        return this;
    }

    int update() throws SQLException {
        try (PreparedStatement ps = prepared()) {
            return ps.executeUpdate();
        }
    }

    <T> List<T> list(Row<T> row) throws SQLException {
        try (PreparedStatement ps = prepared(); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        }
    }

    /** Hands every row to the action, in order. */
    void each(RowAction action) throws SQLException {
        try (PreparedStatement ps = prepared(); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                action.accept(rs);
            }
        }
    }

    <T> Optional<T> first(Row<T> row) throws SQLException {
        try (PreparedStatement ps = prepared()) {
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
            }
        }
    }

    boolean exists() throws SQLException {
        return first(rs -> Boolean.TRUE).isPresent();
    }

    long count() throws SQLException {
        return first(rs -> rs.getLong(1)).orElse(0L);
    }

    private PreparedStatement prepared() throws SQLException {
        PreparedStatement ps = connection.prepareStatement(parsed.jdbc());
        try {
            bindAll(ps);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    private void bindAll(PreparedStatement ps) throws SQLException {
        List<String> names = parsed.names();
        for (int i = 0; i < names.size(); i++) {
            if (!values.containsKey(names.get(i))) {
                throw new IllegalStateException("no value bound to :" + names.get(i) + " in " + parsed.jdbc());
            }
            ps.setObject(i + 1, values.get(names.get(i)));
        }
    }

    /** The same statement run for many rows in batches, as an import of thousands of records needs. */
    static final class Batch implements AutoCloseable {
        private static final int SIZE = 1_000;
        private final PreparedStatement ps;
        private final List<String> names;
        private int pending;

        Batch(Connection connection, String text) throws SQLException {
            Parsed p = PARSED.computeIfAbsent(text, Sql::parse);
            this.ps = connection.prepareStatement(p.jdbc());
            this.names = p.names();
        }

        /** Adds one row; its values by name. */
        void add(Map<String, ?> row) throws SQLException {
            for (int i = 0; i < names.size(); i++) {
                if (!row.containsKey(names.get(i))) {
                    throw new IllegalStateException("no value for :" + names.get(i));
                }
                ps.setObject(i + 1, row.get(names.get(i)));
            }
            ps.addBatch();
            if (++pending == SIZE) {
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                if (pending > 0) {
                    ps.executeBatch();
                }
            } finally {
                ps.close();
            }
        }
    }
}
