/**
 * Running published search strategies on imported records: parse an Ovid MEDLINE (or PubMed-tagged)
 * line-numbered strategy, index the records in memory with Apache Lucene, and report hits per line and the final
 * set, as NICE appendices and PRISMA-S (Rethlefsen et al. 2021, item 8) print them.
 *
 * <h2>Supported syntax</h2>
 * Ovid MEDLINE, per the Ovid field guide as tabulated by Polyglot (IEBH/sra-polyglot v4):
 * <ul>
 *   <li>layouts: unnumbered (one search per line), numbered ({@code 1 ...}, {@code 1. ...}, {@code - 1 ...},
 *   Ovid exports with a preamble), hit counts after a line, wrapped lines; labelled PubMed narratives
 *   ({@code 1a}, {@code A.}, {@code Final search:}) — see {@link org.evsynth.records.search.StrategyLayout};</li>
 *   <li>terms and phrases, quoted or not; field suffixes {@code .ti. .ab. .tw. .mp. .kw. .kf. .hw. .sh. .fs. .pt.
 *   .rn. .nm. .lg. .yr. .ui. .af.}, several at once ({@code .ti,ab.}), with or without the closing period, and
 *   Ovid's bracketed annotations ({@code .mp. [mp=title, ...]});</li>
 *   <li>subject headings {@code Heading/}, {@code exp Heading/}, {@code *Heading/}, subheadings
 *   {@code Heading/di, th};</li>
 *   <li>truncation {@code * $ $N}, wildcards {@code #} (one character) and {@code ?} (zero or one);</li>
 *   <li>{@code adjN} (either order, within N words), {@code adj} (adjacent, in order);</li>
 *   <li>{@code and or not} with parentheses, line references {@code 1 or 2}, {@code or/1-10},
 *   {@code and/3,7}, {@code #3}; {@code limit N to humans / animals / english language / yr="A-B" /
 *   publication type};</li>
 *   <li>PubMed tags {@code [tiab] [ti] [ab] [tw] [mesh] [mesh:noexp] [majr] [sh] [pt] [la] [dp]}.</li>
 * </ul>
 *
 * <h2>What differs from Ovid, and says so</h2>
 * {@code exp} cannot explode without the MeSH tree, which records do not carry: it searches the heading itself
 * and the line carries a note. Fields Ovid has but records lack ({@code .ot.}, {@code .ed.}, supplementary
 * concepts, ...) match nothing, with a note. Unparenthesised mixed {@code and/or/not} run left to right, with a
 * note. Anything else that cannot be run faithfully ({@code near/N}, {@code /freq=N}, {@code field=value},
 * unknown field codes or tags, unsupported limits, {@code and}/{@code not} inside {@code adjN}) throws a
 * {@link org.evsynth.records.search.StrategyParseException} naming line, column and construct.
 */
package org.evsynth.records.search;
