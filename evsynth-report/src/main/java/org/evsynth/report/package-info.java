/**
 * Figures, the GRADE summary of findings, the analysis bundle and the report. Figures are drawn as SVG with
 * {@link org.evsynth.report.svg.Svg} and rendered to PNG and PDF from the same drawing.
 */
package org.evsynth.report;
