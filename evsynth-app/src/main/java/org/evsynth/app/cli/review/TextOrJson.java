package org.evsynth.app.cli.review;

/** The two output formats of the review's listing verbs; picocli refuses any other word with exit code 2. */
enum TextOrJson { TEXT, JSON }
