package org.evsynth.records.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every CLEF TAR 2017 test-topic strategy parses, line by line, with no error. */
class ClefStrategiesParseTest {

    @org.junit.jupiter.api.BeforeAll
    static void strategiesArePresent() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(ClefTopic.FOLDER),
                "the CLEF TAR strategies are not beside the project (../shared/data/search-strategies)");
    }

    static Stream<ClefTopic> topics() {
        return ClefTopic.all().stream();
    }

    @Test
    void allThirtyTopicsAreThere() {
        assertEquals(30, ClefTopic.all().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void parses(ClefTopic topic) {
        Strategy strategy = StrategyParser.parse(topic.query());
        assertFalse(strategy.lines().isEmpty(), topic.file());
    }

    @Test
    void ovidTopicHasOneLinePerSearch() {
        ClefTopic glaucoma = ClefTopic.read(ClefTopic.FOLDER.resolve("2017-TAR_testing_topics_12.txt"));
        Strategy strategy = StrategyParser.parse(glaucoma.query());
        assertEquals(Dialect.OVID, strategy.dialect());
        assertEquals(41, strategy.lines().size());
        assertEquals("39 not 40", strategy.lines().get(40).text());
    }

    @Test
    void labelledPubMedTopicKeepsItsLabels() {
        ClefTopic radiculopathy = ClefTopic.read(ClefTopic.FOLDER.resolve("2017-TAR_testing_topics_10.txt"));
        Strategy strategy = StrategyParser.parse(radiculopathy.query());
        assertEquals(Dialect.PUBMED, strategy.dialect());
        List<String> labels = strategy.lines().stream().map(StrategyLine::label).toList();
        assertEquals(List.of("1a", "1b", "2a", "2b", "3", "4a", "4b", "4c", "5", "A", "B", "C", "D",
                "Final search"), labels);
        assertTrue(strategy.lines().get(13).search() instanceof SearchNode.Or);
    }
}
