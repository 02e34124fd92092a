package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.evsynth.records.search.SearchNode.LimitCriterion;

/**
 * What one Ovid limit name means on imported records.
 *
 * <p>Limits the records can answer become searches: the check tags ({@code humans}, {@code animals},
 * {@code female}, {@code male}) and age groups (the MEDLINE age check tags, as Ovid's age limits group them), a
 * language, a publication type ({@code clinical trial, all} is every clinical-trial type), {@code abstracts}, a
 * date range on an Ovid date field ({@code yr= ed= dt= dp= em= ez= da= up=}, with or without quotes and spaces,
 * {@code Current} for an open end) and the clinical-queries filters ({@link ClinicalQuery}). Limits that depend on
 * what the records do not say (full text, journal subsets, MEDLINE status, "last 5 years") are kept as
 * {@link LimitCriterion.Unanswerable}, with the reason, and passed over when the line runs.
 */
final class LimitNames {

    private static final Pattern DATE = Pattern.compile(
            "(?i)(yr|ed|dt|dp|em|ez|da|up|dd|dc)\\s*=\\s*[\"“”]?\\s*(\\d{4,8}|current|present)\\s*"
                    + "(?:-\\s*(\\d{4,8}|current|present)\\s*)?[\"“”]?");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\"?last\\s+\\d+\\s+(years?|months?|weeks?|days?)\"?");
    private static final Set<String> LANGUAGES = Set.of("english", "french", "german", "spanish", "italian",
            "japanese", "chinese", "russian", "portuguese", "dutch", "polish", "swedish", "danish", "norwegian",
            "korean", "turkish", "hebrew", "czech", "hungarian", "finnish", "greek", "arabic", "persian");
    private static final List<String> CLINICAL_TRIALS = List.of("clinical trial", "clinical trial phase i",
            "clinical trial phase ii", "clinical trial phase iii", "clinical trial phase iv",
            "controlled clinical trial", "randomized controlled trial", "pragmatic clinical trial",
            "equivalence trial", "adaptive clinical trial", "multicenter study");
    private static final Set<String> PUBLICATION_TYPES = Set.of("randomized controlled trial", "clinical trial",
            "controlled clinical trial", "clinical trial phase i", "clinical trial phase ii",
            "clinical trial phase iii", "clinical trial phase iv", "pragmatic clinical trial", "equivalence trial",
            "meta analysis", "systematic review", "review", "case reports", "comparative study", "editorial",
            "letter", "comment", "news", "guideline", "practice guideline", "observational study",
            "multicenter study", "evaluation studies", "evaluation study", "validation studies", "validation study",
            "journal article", "clinical study", "twin study", "congress", "consensus development conference",
            "historical article", "published erratum", "retracted publication", "retraction of publication",
            "technical report", "video audio media", "conference abstract", "conference paper", "conference review",
            "article", "note", "erratum", "short survey");
    /** Ovid's age-group limits and the MEDLINE age check tags each covers; the longest matching name wins. */
    private static final String[][] AGE_GROUPS = {
        {"newborn infant", "Infant, Newborn"},
        {"all infant", "Infant, Newborn", "Infant"},
        {"infant", "Infant"},
        {"preschool child", "Child, Preschool"},
        {"all child", "Infant, Newborn", "Infant", "Child, Preschool", "Child", "Adolescent"},
        {"child", "Child"},
        {"adolescent", "Adolescent"},
        {"young adult", "Young Adult"},
        {"all adult", "Young Adult", "Adult", "Middle Aged", "Aged", "Aged, 80 and over"},
        {"adult", "Adult"},
        {"middle aged 45 plus", "Middle Aged", "Aged", "Aged, 80 and over"},
        {"middle age", "Middle Aged"},
        {"all aged", "Aged", "Aged, 80 and over"},
        {"aged 80 and over", "Aged, 80 and over"},
        {"aged", "Aged", "Aged, 80 and over"},
    };
    private static final Map<String, String> CHECK_TAGS = Map.of("humans", "Humans", "human", "Humans",
            "animals", "Animals", "animal", "Animals", "female", "Female", "male", "Male");
    private static final Map<String, String> UNANSWERABLE = Map.ofEntries(
            Map.entry("full text", "records do not say whether Ovid holds their full text"),
            Map.entry("ovid full text available", "records do not say whether Ovid holds their full text"),
            Map.entry("ovid full text", "records do not say whether Ovid holds their full text"),
            Map.entry("local holdings", "records do not say what a library holds"),
            Map.entry("core clinical journals aim", "records carry no journal subset"),
            Map.entry("core clinical journals", "records carry no journal subset"),
            Map.entry("dental journals", "records carry no journal subset"),
            Map.entry("nursing journals", "records carry no journal subset"),
            Map.entry("medline", "records carry no MEDLINE status"),
            Map.entry("in process", "records carry no MEDLINE status"),
            Map.entry("pubmed not medline", "records carry no MEDLINE status"),
            Map.entry("publisher", "records carry no MEDLINE status"),
            Map.entry("in data review", "records carry no MEDLINE status"),
            Map.entry("embase", "records carry no Embase status"),
            Map.entry("exclude medline journals", "records carry no Embase status"),
            Map.entry("article in press", "records carry no publication status"),
            Map.entry("evidence based medicine reviews", "records carry no Ovid EBM Reviews link"),
            Map.entry("cochrane library", "records carry no Ovid EBM Reviews link"),
            Map.entry("english abstracts", "records do not say the language of their abstract"),
            Map.entry("priority journals", "records carry no journal subset"));

    private LimitNames() {
    }

    /** The criterion one limit name stands for. */
    static LimitCriterion criterion(String written) {
        String label = written.replaceAll("^[\"“”]|[\"“”]$", "").trim();
        String name = TextNormalizer.phrase(label.replace("/all", ", all"));
        Matcher date = DATE.matcher(label);
        if (date.matches()) {
            return dateRange(label, date);
        }
        if (RELATIVE.matcher(label).matches()) {
            return new LimitCriterion.Unanswerable(label,
                    "it depends on the day the search was run, which the records do not carry");
        }
        if (CHECK_TAGS.containsKey(name)) {
            return new LimitCriterion.CheckTag(label, List.of(CHECK_TAGS.get(name)));
        }
        String language = name.replaceAll(" language$", "");
        if (LANGUAGES.contains(language)) {
            return new LimitCriterion.Language(label, language);
        }
        if (name.equals("clinical trial all")) {
            return new LimitCriterion.PublicationType(label, CLINICAL_TRIALS);
        }
        String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        if (PUBLICATION_TYPES.contains(name) || PUBLICATION_TYPES.contains(singular)) {
            String type = PUBLICATION_TYPES.contains(name) ? name : singular;
            return new LimitCriterion.PublicationType(label,
                    type.equals("systematic review") ? List.of(type, "meta analysis") : List.of(type));
        }
        if (name.equals("abstracts") || name.equals("abstract")) {
            return new LimitCriterion.HasAbstract(label);
        }
        var query = ClinicalQuery.named(name);
        if (query.isPresent()) {
            return query.get().ovid() != null ? new LimitCriterion.Hedge(label, query.get())
                    : new LimitCriterion.Unanswerable(label, "evsynth carries no checked copy of the published "
                            + "search string of the clinical-queries filter '" + query.get().title() + "'");
        }
        for (String[] group : AGE_GROUPS) {
            if (name.startsWith(group[0])) {
                return new LimitCriterion.CheckTag(label, List.of(group).subList(1, group.length));
            }
        }
        if (UNANSWERABLE.containsKey(name)) {
            return new LimitCriterion.Unanswerable(label, UNANSWERABLE.get(name));
        }
        return new LimitCriterion.Unanswerable(label, "evsynth does not know this limit" + suggestion(name));
    }

    private static LimitCriterion dateRange(String label, Matcher date) {
        String code = date.group(1).toLowerCase(Locale.ROOT);
        int from = bound(date.group(2), false);
        int to = date.group(3) == null ? bound(date.group(2), true) : bound(date.group(3), true);
        return new LimitCriterion.DateRange(label, code, from, to);
    }

    /** YYYY, YYYYMM or YYYYMMDD as the first or last day it covers; Current as an open end. */
    private static int bound(String value, boolean upper) {
        if (!Character.isDigit(value.charAt(0))) {
            return upper ? PartialDate.OPEN_END : PartialDate.OPEN_START;
        }
        PartialDate date = PartialDate.compact(value);
        return upper ? date.last() : date.first();
    }

    private static String suggestion(String name) {
        List<String> known = new ArrayList<>(CHECK_TAGS.keySet());
        known.addAll(PUBLICATION_TYPES);
        LANGUAGES.forEach(l -> known.add(l + " language"));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = LevenshteinDistance.getDefaultInstance().apply(name, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= 2 ? " (did you mean '" + best + "'?)" : "";
    }
}
