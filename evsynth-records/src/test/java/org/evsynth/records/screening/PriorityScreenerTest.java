package org.evsynth.records.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.evsynth.records.BibRecord;
import org.junit.jupiter.api.Test;

class PriorityScreenerTest {

    private static final List<BibRecord> RECORDS = SyntheticRecords.make(200, 20, 11);
    /** No lag: the model includes the latest decision, as these tests count decisions. */
    private static final PrioritySettings NO_LAG = PrioritySettings.defaults()
            .withSchedule(RetrainSchedule.defaults().withLag(0));

    private static List<Integer> order(Ranking ranking) {
        return ranking.records().stream().map(RankedRecord::record).toList();
    }

    @Test
    void randomOrderUntilAnIncludeAndAnExclude() {
        PriorityScreener screener = PriorityScreener.build(RECORDS, PrioritySettings.defaults());
        Ranking first = screener.next(List.of(), 10);
        assertTrue(first.randomOrder());
        assertNull(first.model());
        assertTrue(Double.isNaN(first.records().get(0).score()));
        assertEquals(200, first.unscreened());
        Ranking excludesOnly = screener.next(List.of(new ScreeningDecision(150, Label.EXCLUDE)), 10);
        assertTrue(excludesOnly.randomOrder());
        assertFalse(order(excludesOnly).contains(150));
        // the same seed gives the same random order, another seed another
        assertEquals(order(first), order(PriorityScreener.build(RECORDS, PrioritySettings.defaults()).next(List.of(), 10)));
        assertNotEquals(order(first), order(PriorityScreener.build(RECORDS, PrioritySettings.defaults().withSeed(2))
                .next(List.of(), 10)));
    }

    @Test
    void rankedByTheModelOnceBothClassesAreKnown() {
        PriorityScreener screener = PriorityScreener.build(RECORDS, NO_LAG);
        List<ScreeningDecision> decisions = List.of(new ScreeningDecision(3, Label.INCLUDE),
                new ScreeningDecision(150, Label.EXCLUDE));
        Ranking ranking = screener.next(decisions, 20);
        assertFalse(ranking.randomOrder());
        ModelProvenance model = ranking.model();
        assertEquals(1, model.version());
        assertEquals(2, model.trainedOn());
        assertEquals(64, model.trainingSetSha256().length());
        long onTopic = ranking.records().stream().filter(r -> r.record() < 20).count();
        assertTrue(onTopic >= 10, onTopic + " of the first 20 are on topic; 2 expected by chance");
        RankedRecord top = ranking.records().get(0);
        assertTrue(top.score() >= ranking.records().get(1).score());
        assertTrue(Double.isNaN(top.probability()), "the blend's score is a sum of z-scores, not a log-odds");
        assertFalse(top.terms().isEmpty());
        assertNotNull(ranking.stopping());
        assertEquals(2, ranking.stopping().screened());
        RankedRecord alone = PriorityScreener.build(RECORDS, NO_LAG.withModel(ModelSettings.logisticRegression()))
                .next(decisions, 1).records().get(0);
        assertTrue(alone.probability() > 0 && alone.probability() < 1, "logistic regression alone: a probability");
    }

    @Test
    void sameDecisionsSameOrderAndProvenance() {
        List<ScreeningDecision> decisions = List.of(new ScreeningDecision(5, Label.MAYBE),
                new ScreeningDecision(100, Label.EXCLUDE), new ScreeningDecision(101, Label.EXCLUDE));
        Ranking a = PriorityScreener.build(RECORDS, PrioritySettings.defaults()).next(decisions, 50);
        PriorityScreener other = PriorityScreener.build(RECORDS, PrioritySettings.defaults());
        other.next(List.of(new ScreeningDecision(7, Label.INCLUDE), new ScreeningDecision(120, Label.EXCLUDE)), 5);
        Ranking b = other.next(decisions, 50);
        assertEquals(order(a), order(b));
        assertEquals(a.model(), b.model());
        assertEquals(a.records(), b.records());
    }

    @Test
    void maybeTrainsAsInclude() {
        PriorityScreener screener = PriorityScreener.build(RECORDS, NO_LAG);
        Ranking maybe = screener.next(List.of(new ScreeningDecision(3, Label.MAYBE),
                new ScreeningDecision(150, Label.EXCLUDE)), 20);
        Ranking include = PriorityScreener.build(RECORDS, NO_LAG)
                .next(List.of(new ScreeningDecision(3, Label.INCLUDE), new ScreeningDecision(150, Label.EXCLUDE)), 20);
        assertEquals(order(include), order(maybe));
        assertEquals(1, maybe.model().includes());
        assertEquals(maybe.model().trainingSetSha256(), include.model().trainingSetSha256());
    }

    @Test
    void keyPaperAddedMidwayRetrains() {
        PriorityScreener screener = PriorityScreener.build(RECORDS, NO_LAG);
        List<ScreeningDecision> decisions = new ArrayList<>(List.of(new ScreeningDecision(150, Label.EXCLUDE),
                new ScreeningDecision(151, Label.EXCLUDE)));
        assertTrue(screener.next(decisions, 5).randomOrder());
        decisions.add(new ScreeningDecision(2, Label.INCLUDE));
        Ranking ranking = screener.next(decisions, 5);
        assertEquals(3, ranking.model().trainedOn());
        assertFalse(order(ranking).contains(2));
    }

    @Test
    void badDecisionsAreRefused() {
        PriorityScreener screener = PriorityScreener.build(RECORDS, PrioritySettings.defaults());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> screener.next(List.of(
                new ScreeningDecision(4, Label.INCLUDE), new ScreeningDecision(4, Label.EXCLUDE)), 5));
        assertTrue(twice.getMessage().contains("record 4 is decided twice"), twice.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> screener.next(List.of(new ScreeningDecision(200, Label.INCLUDE)), 5));
        assertTrue(outside.getMessage().contains("only 200 records"), outside.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScreeningDecision(-1, Label.INCLUDE));
    }

    @Test
    void featuresMustMatchTheSettings() {
        FeatureMatrix features = TfIdfVectorizer.fit(RECORDS, FeatureSettings.asReviewElasU4());
        assertThrows(IllegalArgumentException.class, () -> PriorityScreener.of(features, PrioritySettings.defaults()));
    }

    @Test
    void randomSampleOnceTheRuleSwitches() {
        // a run of 10 irrelevant records switches to random sampling here
        PrioritySettings settings = PrioritySettings.defaults().withStopping(StoppingSettings.defaults()
                .withSwitch(10, 0, 1));
        List<ScreeningDecision> decisions = new ArrayList<>(List.of(new ScreeningDecision(3, Label.INCLUDE)));
        for (int r = 150; r < 159; r++) {
            decisions.add(new ScreeningDecision(r, Label.EXCLUDE));
        }
        PriorityScreener screener = PriorityScreener.build(RECORDS, settings);
        Ranking ranked = screener.next(decisions, 50);
        assertEquals(Ordering.MODEL, ranked.ordering(), "9 in a row is not yet 10");
        assertFalse(ranked.stopping().sampling());
        decisions.add(new ScreeningDecision(159, Label.EXCLUDE));
        Ranking sample = screener.next(decisions, 50);
        assertEquals(Ordering.RANDOM_SAMPLE, sample.ordering());
        assertTrue(sample.stopping().sampling());
        assertEquals(11, sample.stopping().sampleStart());
        assertNotNull(sample.model(), "the model still scores and explains the sample");
        assertFalse(Double.isNaN(sample.records().get(0).score()));
        // the model puts the on-topic records (0 to 19) first; a random sample of the 189 left holds about 5 of
        // them in 50
        long onTopicRanked = ranked.records().stream().filter(r -> r.record() < 20).count();
        long onTopicSampled = sample.records().stream().filter(r -> r.record() < 20).count();
        assertTrue(onTopicRanked >= 15 && onTopicSampled <= 10, onTopicRanked + " ranked, " + onTopicSampled
                + " sampled");
        assertEquals(order(sample), order(PriorityScreener.build(RECORDS, settings).next(decisions, 50)));
        assertNotEquals(order(sample), order(PriorityScreener.build(RECORDS, settings.withSeed(2))
                .next(decisions, 50)));
        // the sample's order is its own stream: it is not the random start's order
        List<Integer> start = order(PriorityScreener.build(RECORDS, settings).next(List.of(), 200)).stream()
                .filter(r -> r != 3 && (r < 150 || r > 159)).limit(50).toList();
        assertNotEquals(start, order(sample));
    }

    @Test
    void modelTrainedAheadGivesTheSameRankingAsOneTrainedOnDemand() {
        List<ScreeningDecision> decisions = new ArrayList<>(List.of(new ScreeningDecision(3, Label.INCLUDE),
                new ScreeningDecision(150, Label.EXCLUDE), new ScreeningDecision(151, Label.EXCLUDE)));
        PriorityScreener ahead = PriorityScreener.build(RECORDS, PrioritySettings.defaults());
        Ranking first = ahead.next(decisions, 5);
        assertEquals(2, first.model().trainedOn(), "one decision behind");
        ahead.awaitTraining();
        decisions.add(new ScreeningDecision(first.records().get(0).record(), Label.INCLUDE));
        Ranking trainedAhead = ahead.next(decisions, 50);
        Ranking onDemand = PriorityScreener.build(RECORDS, PrioritySettings.defaults()).next(decisions, 50);
        assertEquals(3, trainedAhead.model().trainedOn());
        assertEquals(onDemand.model(), trainedAhead.model());
        assertEquals(onDemand.records(), trainedAhead.records());
    }
}
