package org.evsynth.records.io;

import java.io.IOException;

/** No reader recognises a file's content. */
public final class UnrecognizedFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnrecognizedFormatException(String file) {
        super(file + ": format not recognised (expected RIS, PubMed/MEDLINE, EndNote XML, BibTeX, "
                + "Web of Science or CSV with a header row)");
    }
}
