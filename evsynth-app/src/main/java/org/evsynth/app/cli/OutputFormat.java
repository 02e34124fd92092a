package org.evsynth.app.cli;

/** The output formats of the analysis commands. */
enum OutputFormat { TEXT, JSON, CSV }
