package org.evsynth.records.screening;

/**
 * How the model behind a ranking was made, so that the ranking can be reproduced and the audit log can say which
 * model version ranked the record a reviewer saw.
 *
 * @param library           the learning library and its version
 * @param settings          the features, classifier and schedule ({@link PrioritySettings#describe()})
 * @param seed              the seed
 * @param version           the model's number in this screening: 1 for the first model trained, counting each
 *                          retraining; a function of the decisions, so the same decisions give the same number
 * @param trainedOn         how many decisions (the first ones, in screening order) it was trained on
 * @param includes          of those, how many counted as includes (maybes among them)
 * @param excludes          how many were excludes
 * @param trainingSetSha256 SHA-256 of the records count and the training decisions, one "record:include" or
 *                          "record:exclude" line each
 */
public record ModelProvenance(String library, String settings, long seed, int version, int trainedOn, int includes,
                              int excludes, String trainingSetSha256) {

    /** The library the models come from. */
    public static final String LIBRARY = "liblinear-java 2.44 (de.bwaldvogel:liblinear)";
}
