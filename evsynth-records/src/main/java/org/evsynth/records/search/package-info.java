/**
 * Running published search strategies on imported records: parse an Ovid or PubMed line-numbered strategy
 * ({@link org.evsynth.records.search.StrategyParser}), index the records in memory with Apache Lucene
 * ({@link org.evsynth.records.search.SearchIndex}), and report hits per line and the final set
 * ({@link org.evsynth.records.search.StrategyRunner}), as NICE appendices and PRISMA-S (Rethlefsen et al. 2021,
 * item 8) print them.
 *
 * <p>Layouts are {@link org.evsynth.records.search.StrategyLayout}'s; a line's syntax is told by
 * {@link org.evsynth.records.search.SyntaxDetector}; Ovid field codes are
 * {@link org.evsynth.records.search.FieldCodes}' (every Ovid MEDLINE code of Polyglot's table, IEBH/sra-polyglot
 * v4, and the Embase and PsycINFO codes strategies use); limits are {@link org.evsynth.records.search.LimitNames}',
 * the clinical-queries filters {@link org.evsynth.records.search.ClinicalQuery}'s.
 *
 * <h2>What differs from the source database, and says so</h2>
 * Every line carries a {@link org.evsynth.records.search.LineStatus} and its
 * {@link org.evsynth.records.search.LineNote}s. A slip Ovid forgives is read as Ovid reads it, with a warning. A
 * part the records cannot answer (a field no record carries, a limit on full text or entry date without dates, a
 * database segment) is left out of its line, which runs without it and is marked partly evaluated; {@code exp}
 * without a MeSH tree ({@link org.evsynth.records.search.mesh}) searches the heading itself and is marked
 * approximated. What Ovid itself refuses (an unknown field code, {@code near/N}, unbalanced parentheses, a line
 * that refers forward or to itself, a line in another interface's syntax) throws a
 * {@link org.evsynth.records.search.StrategyParseException} naming line, column and construct.
 */
package org.evsynth.records.search;
