/**
 * The MeSH tree, read from NLM's own distribution files, so that {@code exp Heading/} and PubMed's
 * {@code [mh]} find the narrower headings too: {@code exp Cardiomyopathies/} finds records indexed with
 * "Cardiomyopathy, Dilated" because its tree number C14.280.238.100 lies below C14.280.238.
 *
 * <p>Two files are read: the descriptor XML ({@code descYYYY.xml}, streamed with StAX, with DTDs and external
 * entities refused) which also gives every descriptor's entry terms, and the tree-number list
 * ({@code mtreesYYYY.bin}: {@code Heading;TreeNumber} lines). NLM distributes both at
 * nlm.nih.gov/databases/download/mesh.html.
 */
package org.evsynth.records.search.mesh;
