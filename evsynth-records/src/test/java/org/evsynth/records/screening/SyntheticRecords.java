package org.evsynth.records.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.evsynth.records.BibRecord;

/**
 * Made-up records for tests: abstracts of random words from a shared medical vocabulary, and for the records on
 * the review's topic a few of its words too.
 */
final class SyntheticRecords {

    private static final String[] COMMON = ("patients study results treatment clinical group outcome risk "
            + "hospital analysis years women men children adults disease therapy dose effect trial cohort "
            + "survey pain surgery infection blood pressure diabetes cancer fracture kidney liver lung asthma "
            + "depression anxiety sleep exercise diet vaccine screening imaging mortality quality care cost "
            + "nurse primary emergency follow baseline placebo control weeks months score scale measure").split(" ");
    private static final String[] TOPIC = ("statin atorvastatin simvastatin cholesterol lipoprotein myocardial "
            + "infarction coronary").split(" ");

    private SyntheticRecords() {
    }

    /** Records, the first {@code onTopic} of which are on the topic. */
    static List<BibRecord> make(int count, int onTopic, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<BibRecord> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                String[] words = i < onTopic && random.nextInt(5) == 0 ? TOPIC : COMMON;
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            out.add(BibRecord.builder().title("Record " + i).abstractText(text.toString()).build());
        }
        return out;
    }

    /** Labels with the first {@code relevant} records relevant. */
    static boolean[] firstRelevant(int count, int relevant) {
        boolean[] out = new boolean[count];
        for (int i = 0; i < relevant; i++) {
            out[i] = true;
        }
        return out;
    }
}
