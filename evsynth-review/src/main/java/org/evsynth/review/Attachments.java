package org.evsynth.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Full texts (PDF files) attached to the records sought for retrieval, kept in the review's database. What goes in
 * is checked: no more than {@link #MAX_BYTES}, and a PDF by its content (it starts with the {@code %PDF-} header
 * and ends with the {@code %%EOF} marker, ISO 32000-1 7.5.2 and 7.5.5), whatever its name or the type the browser
 * claimed, so an HTML page renamed .pdf, or a download cut short, is refused; a name that holds a folder path is
 * refused too (browsers send a file's own name only, so a path means a hand-made request). The same file attached
 * twice to one record is kept once.
 */
public final class Attachments {

    /** The largest file taken: 32 MiB, above any article with its supplements that a reviewer reads. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    /** The only type taken. */
    public static final String PDF = "application/pdf";

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** How far from the end the end-of-file marker may sit: writers leave a line break or padding after it. */
    private static final int END_WINDOW = 1024;
    private static final int MAX_NAME = 200;
    private static final String COLUMNS = "SELECT id, record_id, file_name, media_type, byte_count, sha256, "
            + "attached_by, attached_at FROM attachment ";

    private final Database db;

    Attachments(Database db) {
        this.db = db;
    }

    /**
     * A file to attach to a record.
     *
     * @param fileName the name it was uploaded under: no folder path
     * @param content  its bytes
     */
    public record Attach(long record, String fileName, byte[] content) {

        public Attach {
            fileName = safeName(fileName);
            if (content == null) {
                throw new InvalidInputException("file", "no file was sent");
            }
        }
    }

    /** An attachment with its bytes, to send back. */
    public record File(Attachment attachment, byte[] content) {
    }

    /**
     * Attaches the file; the same bytes attached to the record before give that attachment back, unchanged.
     *
     * @throws InvalidInputException naming the field {@code file} when it is empty, too large or not a PDF
     * @throws RefusedException when the record is not sought for retrieval (not included at title and abstract)
     */
    public Attachment attach(Actor actor, Attach command) {
        check(command);
        String sha256 = sha256(command.content());
        return db.write(actor, "attaching a full text to record " + command.record(), tx -> {
            String doing = String.format(Locale.ROOT, "attaching '%s' to record %d", command.fileName(),
                    command.record());
            RecordPlace place = RecordPlace.of(tx, command.record());
            place.requireInReview(doing);
            if (place.titleAbstract().status() != StageOutcome.Status.INCLUDED) {
                throw place.refused(doing, "is " + place.titleAbstract().describe() + " at title-abstract; full "
                        + "texts are kept for the records included there");
            }
            Optional<Attachment> same = tx.sql(COLUMNS + "WHERE record_id = :r AND sha256 = :sha AND withdrawn_at "
                    + "IS NULL").bind("r", command.record()).bind("sha", sha256).first(Attachments::attachment);
            if (same.isPresent()) {
                return same.get();
            }
            long id = tx.nextId("attachment");
            tx.sql("INSERT INTO attachment (id, record_id, file_name, media_type, byte_count, sha256, content, "
                    + "attached_by, attached_at) VALUES (:id, :r, :name, :type, :size, :sha, :content, :by, :at)")
                    .bind("id", id).bind("r", command.record()).bind("name", command.fileName()).bind("type", PDF)
                    .bind("size", (long) command.content().length).bind("sha", sha256)
                    .bind("content", command.content()).bind("by", tx.actor().name()).bind("at", tx.at().toString())
                    .update();
            Attachment saved = new Attachment(id, command.record(), command.fileName(), PDF,
                    command.content().length, sha256, tx.actor().name(), tx.at());
            tx.audit("attach-full-text", "record", command.record()).stage(Stage.FULL_TEXT).after(Json.object(
                    "attachment", id, "file_name", saved.fileName(), "bytes", saved.size(), "sha256", sha256))
                    .write();
            return saved;
        });
    }

    /** The record's attachments in force, oldest first. */
    public List<Attachment> list(long record) {
        return db.read("listing full texts", tx -> tx.sql(COLUMNS + "WHERE record_id = :r AND withdrawn_at IS NULL "
                + "ORDER BY id").bind("r", record).list(Attachments::attachment));
    }

    /** @throws UnknownEntityException when there is no such attachment in force */
    public File file(long id) {
        return db.read("reading full text " + id, tx -> tx.sql("SELECT id, record_id, file_name, media_type, "
                + "byte_count, sha256, attached_by, attached_at, content FROM attachment WHERE id = :id AND "
                + "withdrawn_at IS NULL").bind("id", id).first(rs -> new File(attachment(rs), rs.getBytes("content")))
                .orElseThrow(() -> new UnknownEntityException(tx.say("no full text %d", id))));
    }

    /** Withdraws an attachment (a wrong file): it is no longer listed or served; the audit entry keeps its hash. */
    public void withdraw(Actor actor, long id) {
        db.write(actor, "withdrawing full text " + id, tx -> {
            Attachment before = tx.sql(COLUMNS + "WHERE id = :id AND withdrawn_at IS NULL").bind("id", id)
                    .first(Attachments::attachment)
                    .orElseThrow(() -> new UnknownEntityException(tx.say("no full text %d", id)));
            tx.sql("UPDATE attachment SET withdrawn_by = :by, withdrawn_at = :at WHERE id = :id")
                    .bind("by", tx.actor().name()).bind("at", tx.at().toString()).bind("id", id).update();
            tx.audit("withdraw-full-text", "record", before.record()).stage(Stage.FULL_TEXT).before(Json.object(
                    "attachment", id, "file_name", before.fileName(), "sha256", before.sha256()))
                    .after(Json.object("withdrawn", true)).write();
            return null;
        });
    }

    /** @throws InvalidInputException naming the field file when the content is empty, too large or no PDF */
    static void check(Attach command) {
        byte[] c = command.content();
        if (c.length == 0) {
            throw new InvalidInputException("file", String.format(Locale.ROOT, "'%s' is empty",
                    command.fileName()));
        }
        if (c.length > MAX_BYTES) {
            throw new InvalidInputException("file", String.format(Locale.ROOT, "'%s' is %s; the largest full text "
                    + "taken is %s", command.fileName(), megabytes(c.length), megabytes(MAX_BYTES)));
        }
        if (c.length < HEADER.length + END.length || !Arrays.equals(c, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            throw new InvalidInputException("file", String.format(Locale.ROOT, "'%s' is not a PDF (it does not "
                    + "start with %%PDF-); attach the article as a PDF file", command.fileName()));
        }
        if (!endsWithMarker(c)) {
            throw new InvalidInputException("file", String.format(Locale.ROOT, "'%s' is not a whole PDF (no %%%%EOF "
                    + "at its end): the download may have been cut short", command.fileName()));
        }
    }

    private static boolean endsWithMarker(byte[] c) {
        for (int at = c.length - END.length; at >= Math.max(0, c.length - END_WINDOW); at--) {
            if (Arrays.equals(c, at, at + END.length, END, 0, END.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name without control characters, direction overrides or surrounding space, cut to 200 characters.
     *
     * @throws InvalidInputException naming the field file when the name holds a folder path ({@code /} or
     *                               {@code \}) or is only dots
     */
    static String safeName(String name) {
        String n = name == null ? "" : name;
        boolean dots = !n.isBlank() && n.strip().chars().allMatch(c -> c == '.');
        if (n.indexOf('/') >= 0 || n.indexOf('\\') >= 0 || dots) {
            throw new InvalidInputException("file", "the file's name holds a folder path or is only dots; send the "
                    + "file under its own name, such as 'Moller 2024.pdf'");
        }
        StringBuilder out = new StringBuilder();
        n.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        String s = out.toString().strip();
        if (s.codePointCount(0, s.length()) > MAX_NAME) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_NAME)).strip();
        }
        return s.isEmpty() ? "full-text.pdf" : s;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("record_id"), rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("byte_count"), rs.getString("sha256"),
                rs.getString("attached_by"), Instant.parse(rs.getString("attached_at")));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
