package org.evsynth.review;

import java.time.Instant;

/**
 * A full text attached to a record, as stored (its bytes are read apart: {@link Attachments#file}).
 *
 * @param id         the attachment's id
 * @param record     the record whose report it is
 * @param fileName   the file's name as uploaded, without any folder, for showing and for the download's name
 * @param mediaType  the type its content was checked to be: application/pdf
 * @param size       its size in bytes
 * @param sha256     the SHA-256 of its bytes, hexadecimal
 * @param attachedBy who attached it
 * @param attachedAt when
 */
public record Attachment(long id, long record, String fileName, String mediaType, long size, String sha256,
        String attachedBy, Instant attachedAt) {
}
