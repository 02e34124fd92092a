package org.evsynth.records.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 that names a training set in a model's provenance. */
final class TrainingSetHash {

    private TrainingSetHash() {
    }

    /** SHA-256 of "records N" and one "record:include|exclude" line per training decision, in order. */
    static String of(int recordCount, int[] records, boolean[] includes) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        StringBuilder text = new StringBuilder("records ").append(recordCount).append('\n');
        for (int i = 0; i < records.length; i++) {
            text.append(records[i]).append(includes[i] ? ":include\n" : ":exclude\n");
        }
        return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
