package org.evsynth.app.cli;

/** The two output formats of the listing and search commands; any other word is refused with exit code 2. */
public enum TextOrJson {
    TEXT, JSON;

    /** The converter that names the words it takes ("expected text or json but was 'xml'"). */
    public static final class Words extends EnumWords<TextOrJson> {
        public Words() {
            super(TextOrJson.class);
        }
    }
}
