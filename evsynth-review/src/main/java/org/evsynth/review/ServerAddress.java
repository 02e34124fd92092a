package org.evsynth.review;

import java.net.URI;
import java.util.Locale;

/**
 * A review's database on a PostgreSQL server: the JDBC URL and the credentials. Messages name only the host, port
 * and database ({@link #toString()}), never the password, which may also sit in the URL's query.
 *
 * @param jdbcUrl  {@code jdbc:postgresql://host:5432/review}
 * @param user     the user, or null to take it from the URL
 * @param password the password, or null to take it from the URL
 */
public record ServerAddress(String jdbcUrl, String user, String password) {

    private static final int DEFAULT_PORT = 5432;

    public ServerAddress {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new InvalidInputException("db", "--db takes a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://host:5432/review, not '" + hostPart(jdbcUrl) + "'");
        }
    }

    /** The server's host name. */
    public String host() {
        URI uri = uri();
        return uri == null || uri.getHost() == null ? "localhost" : uri.getHost();
    }

    /** The server's port. */
    public int port() {
        URI uri = uri();
        return uri == null || uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
    }

    /** The database's name on the server. */
    public String database() {
        URI uri = uri();
        String path = uri == null || uri.getPath() == null ? "" : uri.getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private URI uri() {
        try {
            return URI.create(jdbcUrl.substring("jdbc:".length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String hostPart(String url) {
        if (url == null) {
            return "";
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** host:port/database, without user, password or query. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "postgresql://%s:%d/%s", host(), port(), database());
    }
}
