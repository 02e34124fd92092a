package org.evsynth.records.search;

import java.util.List;

/** Eighteen hand-made records, each there to separate one search feature from another. */
final class SmallCorpus {

    private SmallCorpus() {
    }

    static List<SearchDocument> documents() {
        return List.of(
                doc("A", "Chronic heart failure in the elderly", "Beta blockers reduce mortality.",
                        List.of(), List.of("*Heart Failure/dt", "Humans", "Aged"),
                        List.of("Randomized Controlled Trial"), List.of(), "eng", 2005),
                doc("B", "Failure of the heart after surgery", "A case of pump failure.",
                        List.of(), List.of("Heart Failure/surgery", "Humans"), List.of("Case Reports"), List.of(),
                        "English", 1998),
                doc("C", "Colour vision in children", "Colour perception tests.",
                        List.of(), List.of("Color Perception", "Humans", "Child"), List.of(), List.of(), "fre", 2010),
                doc("D", "Color blindness screening", "We screened 200 pupils.",
                        List.of(), List.of("Color Vision Defects/di", "Humans"), List.of(), List.of(), "eng", 2011),
                doc("E", "Tumour growth in mice", "Tumor models of cancer in animals.",
                        List.of(), List.of("Neoplasms", "Animals", "Mice"), List.of(), List.of(), "eng", 2001),
                doc("F", "Haemorrhage after stroke", "Intracerebral hemorrhage outcomes were poor.",
                        List.of(), List.of("Cerebral Hemorrhage/di", "Humans"), List.of(), List.of(), null, 2015),
                doc("G", "Bisoprolol versus placebo", "A randomised trial.",
                        List.of("beta blocker", "bisoprolol"), List.of(), List.of("Randomized Controlled Trial"),
                        List.of("Bisoprolol"), "ger", 2000),
                doc("H", "Optical coherence tomography for macular oedema", null,
                        List.of(), List.of("Tomography, Optical Coherence", "Macular Edema"), List.of(), List.of(),
                        null, 2012),
                doc("I", "Tomography of coherence in optical systems", null,
                        List.of(), List.of(), List.of(), List.of(), null, null),
                doc("J", "Optical imaging with low coherence for retinal tomography", null,
                        List.of(), List.of(), List.of(), List.of(), null, null),
                doc("K", "Raised intra-ocular pressure", "Intraocular hypertension.",
                        List.of(), List.of(), List.of(), List.of(), null, null),
                doc("L", "Dogs and cats", "Dog ownership.",
                        List.of(), List.of("Animals", "Dogs"), List.of(), List.of(), null, null),
                doc("M", "Dogmatic medicine", "Dogma in practice.",
                        List.of(), List.of(), List.of(), List.of(), null, null),
                doc("N", "Women and woman in trials", null,
                        List.of(), List.of(), List.of(), List.of(), null, null),
                doc("P", "Anaesthesia for children", null,
                        List.of(), List.of(), List.of(), List.of(), null, null),
                doc("Q", "Anesthesia in adults", null,
                        List.of(), List.of(), List.of(), List.of(), null, null),
                doc("R", "Review of reviews", null,
                        List.of(), List.of("Humans", "Animals"), List.of("Review"), List.of(), "eng", 2003),
                doc("S", "Sensitivity and specificity of tests", null,
                        List.of(), List.of(), List.of(), List.of(), null, null));
    }

    private static SearchDocument doc(String id, String title, String abstractText, List<String> keywords,
            List<String> headings, List<String> types, List<String> registry, String language, Integer year) {
        return new SearchDocument(id, null, title, abstractText, keywords, headings, types, registry, language, year);
    }
}
