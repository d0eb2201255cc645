package memoryimport.dedupe;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import memoryimport.model.BoundedCache;
import memoryimport.model.RuleFiles;

/**
 * Everything dedupe decides by, read from {@code rules/dedupe*} on the class path: thresholds and limits
 * ({@code dedupe.properties}), aliases, synonyms, stop words and single-valued slots. Immutable, shared by all users.
 */
public final class DedupeRules {

    /** One way of stating a single-valued fact; group {@code value} is the value. */
    public record SlotRule(String slot, Set<String> categories, Pattern pattern) {
        boolean appliesTo(String category) {
            return categories.isEmpty() || category == null || categories.contains(category);
        }
    }

    private static final String VALUE = "(?<value>[\\p{L}\\p{N}]+(?: (?!(?:as|since|in|on|from|and|where|with|for|doing|at|to|but)\\b)[\\p{L}\\p{N}]+){0,2})";

    final double nearThreshold;
    final int lshBands;
    final int lshRows;
    final int nearMaxCandidates;
    final int nearMaxBucketScan;
    final double paraphraseCosine;
    final int paraphraseMinSharedWords;
    final double paraphraseCosineFewShared;
    /** below paraphraseCosineFewShared, the shared words must be at least this share of one of the two texts' words */
    final double paraphraseMinSharedShare;
    final double paraphraseCosineWithSynonyms;
    final double paraphraseSynonymJaccard;
    /** with paraphrase matching off: the synonym-folded word overlap that alone merges (every guard passing) */
    final double synonymsAloneJaccard;
    final double paraphraseCosineWithContainment;
    final double paraphraseContainment;
    final int paraphraseContainmentMinShared;
    final int paraphraseMaxCandidates;
    final int paraphraseMaxPosting;
    final int paraphraseCacheEntries;
    final int typoOneEditMinLength;
    final int typoTwoEditsMinLength;
    final Set<String> negationWords;
    final List<String> negationPrefixes;
    /** the second word of a hyphenated compound that negates its first ("gluten-free": without gluten) */
    final Set<String> negationCompoundEnds;
    /** "nunca", "mai": a negation on their own, none more after the "no" or "non" of negationConcordAfter */
    final Set<String> negationConcordWords;
    final Set<String> negationConcordAfter;
    /** Portuguese and Spanish function words: a text with one reads "no" before a name as "in the" ("no Porto") */
    final Set<String> portugueseWords;
    final int swapMaxSpan;
    final Set<String> comparisonWords;
    /** the comparison words that rank one thing over another: "Grid over flexbox", "rather than" */
    final Set<String> rankingWords;
    final Set<String> listWords;
    final int detailMinWords;
    final Set<String> itemWords;
    final Set<String> detailIgnores;
    /** synonym-folded stems an entry's added words may frame without adding detail */
    final Set<String> detailFrames;
    /** canonical words that frame a line ("wants", "use", "stack:"): one on each side is no swapped value */
    final Set<String> frameWords;
    /** canonical words that frame what the user does or is ("works as", "writes"): one on each side is no swapped value */
    final Set<String> activityFrameWords;
    /** canonical words that frame a line and say no value ("wants", "uses", "works on"): on one side only, no swapped value */
    final Set<String> emptyFrames;
    /** "as" in each language, as written: after a framing word ("Works as") a role follows */
    final Set<String> asWords;
    /** canonical framing words of giving ("gives", "provides"): in their "-s" form the user's own act, not a want */
    final Set<String> givingWords;
    final Set<String> wantWords;
    /** canonical verbs that, opening a line in their base form ("Write commit messages ..."), frame it as a want */
    final Set<String> imperativeFrames;
    /** canonical words of leading or owning a thing ("Leads the platform team"): on one side only, another fact */
    final Set<String> leadWords;
    final Set<String> leadPlurals;
    /** first words of a line that says what the user is or does ("Is a mentor", "Does code review"), as written */
    final Set<String> doingOpeners;
    /** stemmed */
    final Set<String> otherPeople;
    final Set<String> personOpeners;
    /** words naming the user as another's object ("reports to the user", "to me") */
    final Set<String> userWords;
    final Set<String> pastWords;
    /** words and phrases of filling a role with someone else ("is hiring a"), as written */
    final Set<String> staffingWords;
    /** stemmed words that narrow a statement to a case ("only", "unless") */
    final Set<String> scopeWords;
    final Map<String, String> numberWords;
    /** scale words and endings to their factor: thousand, k, million, M */
    final Map<String, Long> numberScales;
    /** month names to their number: a date written with one is compared as its ISO form */
    final Map<String, String> months;
    /** words between the two ends of a range of hours: "9 to 5" */
    final Set<String> rangeWords;
    /** currency codes (the aliases of $, €, £ ...): one before its amount is said after it */
    final Set<String> currencies;
    /** names whose hyphened number is a signed offset ("UTC-2"), not the name and its number ("SDE-2" / "SDE 2") */
    final Set<String> signedOffsets;
    /** "every" and its kin: "every week" counts 1, "every 2 weeks" 2 */
    final Set<String> everyWords;
    /** 12-hour clock words and the hours they add: am 0, pm 12 */
    final Map<String, Integer> hourEndings;
    /** words that make the number one or two words after them a bound: under 200 / at most 200, over 200 / at least 200 */
    final Set<String> numberBelowWords;
    final Set<String> numberAboveWords;
    /** ... and the number one to four words before them: 200 words max, 5 bullet points or fewer */
    final Set<String> numberBelowAfterWords;
    final Set<String> numberAboveAfterWords;
    /** "one" before a noun and one of these ("one slide per topic") says "a": no count */
    final Set<String> numberOneArticles;
    final Set<String> numberDistributiveWords;
    /** all those bound words, as written */
    final Set<String> boundWords;
    /** all those bound words as a text's canonical words hold them */
    final Set<String> boundStems;
    final Set<String> stopWords;
    final PhraseMap aliases;
    final PhraseMap synonyms;
    /** a one-word synonym's stem to its canonical word's stem: inflected forms the list does not spell out fold too */
    private final Map<String, String> synonymStems;
    final List<SlotRule> slots;
    final Set<String> slotBlockers;
    /** the subjects a line may open with ("i", "the user is", "du bist"), as rules/dedupe-subjects.txt replaces them */
    final Map<String, Subject> subjects;
    /** the most words a subject of {@link #subjects} has */
    final int longestSubject;
    /** by language, the verbs whose third person the language's ending rule does not make ("have" / "has") */
    final Map<String, Map<String, String>> thirdPersons;
    /** verbs in the third person without an "-s" ("has" has one), after which the user's own name is the subject */
    final Set<String> nameVerbs;
    /** "is" in the languages read: a name before it and a third word after it is someone's fact */
    final Set<String> beingWords;
    /** a word's pole, as the line of dedupe-opposites.txt times {@link #POLES} plus the pole within it */
    final Map<String, Integer> poles;

    /** at most this many poles on a line of dedupe-opposites.txt */
    static final int POLES = 16;
    /** at most this many words' facts are kept: a bounded heap however many distinct words millions of texts hold */
    private static final int WORD_FACTS_KEPT = 100_000;
    private final BoundedCache<String, WordFacts> wordFacts = new BoundedCache<>(WORD_FACTS_KEPT);
    private final Function<String, WordFacts> factsOf = word -> WordFacts.of(word, this);

    /** What a subject becomes, and the language whose verb after it is put in the third person (null: none). */
    record Subject(List<String> replacement, String language) {
    }

    private DedupeRules(Properties p, PhraseMap aliases, PhraseMap synonyms, Map<String, String> synonymStems,
                        Set<String> stopWords, List<SlotRule> slots, Map<String, Integer> poles,
                        Map<String, Subject> subjects) {
        nearThreshold = dbl(p, "near.threshold");
        lshBands = integer(p, "near.lsh.bands");
        lshRows = integer(p, "near.lsh.rows");
        nearMaxCandidates = integer(p, "near.maxCandidates");
        nearMaxBucketScan = integer(p, "near.maxBucketScan");
        paraphraseCosine = dbl(p, "paraphrase.cosine");
        paraphraseMinSharedWords = integer(p, "paraphrase.minSharedWords");
        paraphraseCosineFewShared = dbl(p, "paraphrase.cosineFewShared");
        paraphraseMinSharedShare = dbl(p, "paraphrase.minSharedShare");
        paraphraseCosineWithSynonyms = dbl(p, "paraphrase.cosineWithSynonyms");
        paraphraseSynonymJaccard = dbl(p, "paraphrase.synonymJaccard");
        synonymsAloneJaccard = dbl(p, "synonyms.aloneJaccard");
        paraphraseCosineWithContainment = dbl(p, "paraphrase.cosineWithContainment");
        paraphraseContainment = dbl(p, "paraphrase.containment");
        paraphraseContainmentMinShared = integer(p, "paraphrase.containmentMinShared");
        paraphraseMaxCandidates = integer(p, "paraphrase.maxCandidates");
        paraphraseMaxPosting = integer(p, "paraphrase.maxPosting");
        paraphraseCacheEntries = integer(p, "paraphrase.cacheEntries");
        typoOneEditMinLength = integer(p, "typo.oneEditMinLength");
        typoTwoEditsMinLength = integer(p, "typo.twoEditsMinLength");
        negationWords = Set.copyOf(list(p, "negation.words"));
        negationPrefixes = list(p, "negation.prefixes");
        negationCompoundEnds = Set.copyOf(list(p, "negation.compoundEnds"));
        negationConcordWords = Set.copyOf(list(p, "negation.concordWords"));
        negationConcordAfter = Set.copyOf(list(p, "negation.concordAfter"));
        portugueseWords = Set.copyOf(list(p, "negation.noBeforeANameIn"));
        swapMaxSpan = integer(p, "guard.swapMaxSpan");
        comparisonWords = Set.copyOf(list(p, "guard.comparisonWords"));
        rankingWords = Set.copyOf(list(p, "guard.rankingWords"));
        listWords = Set.copyOf(list(p, "guard.listWords"));
        detailMinWords = integer(p, "guard.detailMinWords");
        itemWords = Set.copyOf(list(p, "guard.itemWords"));
        detailIgnores = Set.copyOf(list(p, "guard.detailIgnores"));
        detailFrames = list(p, "guard.detailFrames").stream().map(w -> canonicalStem(synonymStems, w))
                .collect(Collectors.toSet());
        frameWords = list(p, "guard.frameWords").stream().map(w -> canonicalStem(synonymStems, w)).collect(Collectors.toSet());
        activityFrameWords = list(p, "guard.activityFrameWords").stream().map(w -> canonicalStem(synonymStems, w))
                .collect(Collectors.toSet());
        emptyFrames = list(p, "guard.emptyFrames").stream().map(w -> canonicalStem(synonymStems, w)).collect(Collectors.toSet());
        asWords = Set.copyOf(list(p, "guard.asWords"));
        givingWords = list(p, "guard.givingWords").stream().map(w -> canonicalStem(synonymStems, w)).collect(Collectors.toSet());
        wantWords = list(p, "guard.wantWords").stream().map(w -> canonicalStem(synonymStems, w)).collect(Collectors.toSet());
        imperativeFrames = list(p, "guard.imperativeFrames").stream().map(w -> canonicalStem(synonymStems, w))
                .collect(Collectors.toSet());
        leadWords = list(p, "guard.leadWords").stream().map(w -> canonicalStem(synonymStems, w)).collect(Collectors.toSet());
        leadPlurals = Set.copyOf(list(p, "guard.leadPlurals"));
        doingOpeners = Set.copyOf(list(p, "guard.doingOpeners"));
        personOpeners = Set.copyOf(list(p, "guard.personOpeners"));
        userWords = Set.copyOf(list(p, "guard.userWords"));
        otherPeople = list(p, "guard.otherPeople").stream().map(TextAnalysis.Stemmer::stem).collect(Collectors.toSet());
        pastWords = Set.copyOf(list(p, "guard.pastWords"));
        staffingWords = Set.copyOf(list(p, "guard.staffingWords"));
        scopeWords = list(p, "guard.scopeWords").stream().map(TextAnalysis.Stemmer::stem).collect(Collectors.toSet());
        slotBlockers = Set.copyOf(list(p, "slot.notWhen"));
        numberWords = pairs(p, "numbers.words", Function.identity());
        numberScales = pairs(p, "numbers.scales", Long::parseLong);
        months = pairs(p, "numbers.months", Function.identity());
        rangeWords = Set.copyOf(list(p, "numbers.rangeWords"));
        currencies = Set.copyOf(list(p, "numbers.currencies"));
        signedOffsets = Set.copyOf(list(p, "numbers.signedOffsets"));
        everyWords = Set.copyOf(list(p, "numbers.everyWords"));
        hourEndings = pairs(p, "numbers.hourEndings", Integer::parseInt);
        numberBelowWords = Set.copyOf(list(p, "numbers.below"));
        numberAboveWords = Set.copyOf(list(p, "numbers.above"));
        numberBelowAfterWords = Set.copyOf(list(p, "numbers.belowAfter"));
        numberAboveAfterWords = Set.copyOf(list(p, "numbers.aboveAfter"));
        numberOneArticles = Set.copyOf(list(p, "numbers.oneAsArticle"));
        numberDistributiveWords = Set.copyOf(list(p, "numbers.distributive"));
        this.aliases = aliases;
        this.synonyms = synonyms;
        this.synonymStems = Map.copyOf(synonymStems);
        this.stopWords = Set.copyOf(stopWords);
        this.slots = List.copyOf(slots);
        this.poles = Map.copyOf(poles);
        Set<String> bounds = new HashSet<>();
        Set<String> boundStemSet = new HashSet<>();
        for (Set<String> words : List.of(numberBelowWords, numberAboveWords, numberBelowAfterWords, numberAboveAfterWords)) {
            for (String w : words) {
                bounds.add(w);
                boundStemSet.add(canonicalStem(this.synonymStems, w));
            }
        }
        this.boundWords = Set.copyOf(bounds);
        this.boundStems = Set.copyOf(boundStemSet);
        this.subjects = Map.copyOf(subjects);
        int longest = 0;
        for (String phrase : subjects.keySet()) {
            longest = Math.max(longest, phrase.split(" ").length);
        }
        this.longestSubject = longest;
        Map<String, Map<String, String>> thirdPersons = new HashMap<>();
        for (String language : List.of("en", "de", "nl")) {
            thirdPersons.put(language, pairs(p, "subjects.thirdPerson." + language, s -> s));
        }
        this.thirdPersons = Map.copyOf(thirdPersons);
        this.nameVerbs = Set.copyOf(list(p, "subjects.nameVerbs"));
        this.beingWords = Set.copyOf(list(p, "subjects.beingWords"));
    }

    private static final class Holder {
        static final DedupeRules DEFAULT = load();
    }

    /** The rules shipped in {@code src/main/resources/rules}, loaded once. */
    public static DedupeRules defaults() {
        return Holder.DEFAULT;
    }

    /** Loads the rule files, letting {@code overrides} replace any property (e.g. a threshold in a test). */
    public static DedupeRules load(RuleFiles files, Map<String, String> overrides) {
        Properties p = new Properties();
        try (InputStream in = files.open("dedupe.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8)); // the file is UTF-8: "fünf", not ISO-8859-1
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        overrides.forEach(p::setProperty);
        Set<String> stop = new HashSet<>();
        for (String line : files.lines("dedupe-stopwords.txt")) {
            stop.addAll(Arrays.asList(line.split("\\s+")));
        }
        PhraseMap aliases = new PhraseMap();
        for (String line : files.lines("dedupe-aliases.txt")) {
            int eq = line.indexOf('=');
            aliases.put(TextNormalizer.normalize(line.substring(0, eq)), TextNormalizer.normalize(line.substring(eq + 1)));
        }
        PhraseMap synonyms = new PhraseMap();
        Map<String, String> synonymStems = new HashMap<>();
        for (String line : files.lines("dedupe-synonyms.txt")) {
            int colon = line.indexOf(':');
            String canonical = TextNormalizer.normalize(line.substring(0, colon));
            for (String word : line.substring(colon + 1).split(",")) {
                String w = TextNormalizer.normalize(word);
                synonyms.put(w, canonical);
                if (!w.contains(" ")) {
                    synonymStems.put(TextAnalysis.Stemmer.stem(w), TextAnalysis.Stemmer.stem(canonical));
                }
            }
        }
        List<SlotRule> slots = new ArrayList<>();
        for (String line : files.lines("dedupe-slots.txt")) {
            String[] parts = line.split("\\|", 3);
            Set<String> categories = "*".equals(parts[1].strip()) ? Set.of() : Set.of(parts[1].strip().split("\\s*,\\s*"));
            slots.add(new SlotRule(parts[0].strip(), categories, Pattern.compile(parts[2].strip().replace("{value}", VALUE))));
        }
        Map<String, Integer> poles = new HashMap<>();
        List<String> opposites = files.lines("dedupe-opposites.txt");
        for (int line = 0; line < opposites.size(); line++) {
            String[] sides = opposites.get(line).split("\\|");
            if (sides.length > POLES) {
                throw new IllegalArgumentException("dedupe-opposites.txt: more than " + POLES + " poles: " + opposites.get(line));
            }
            for (int pole = 0; pole < sides.length; pole++) {
                for (String word : sides[pole].split(",")) {
                    // the form a text's canonical word has: synonyms folded, then as canonicalStem gives it
                    for (String w : synonyms.apply(List.of(TextNormalizer.normalize(word)))) {
                        poles.put(canonicalStem(synonymStems, w), line * POLES + pole);
                    }
                }
            }
        }
        Map<String, Subject> subjects = new HashMap<>();
        for (String line : files.lines("dedupe-subjects.txt")) {
            int eq = line.indexOf('=');
            String[] replacement = line.substring(eq + 1).split("\\|", 2);
            String words = TextNormalizer.normalize(replacement[0]);
            subjects.put(TextNormalizer.normalize(line.substring(0, eq)), new Subject(
                    words.isEmpty() ? List.of() : List.of(words.split(" ")),
                    replacement.length > 1 ? replacement[1].strip() : null));
        }
        return new DedupeRules(p, aliases, synonyms, synonymStems, stop, slots, poles, subjects);
    }

    /**
     * A word, its synonyms already folded, as a text's canonical words hold it: stemmed, and a synonym's inflection
     * the list does not spell out ("checked") folded as the listed form is.
     */
    String canonicalStem(String word) {
        return canonicalStem(synonymStems, word);
    }

    /** What these rules say about {@code word}, worked out on its first use; any thread may ask. */
    WordFacts facts(String word) {
        return wordFacts.get(word, factsOf);
    }

    private static String canonicalStem(Map<String, String> synonymStems, String word) {
        String stem = TextAnalysis.Stemmer.stem(word);
        return synonymStems.getOrDefault(stem, stem);
    }

    private static DedupeRules load() {
        return load(RuleFiles.shipped(), Map.of());
    }

    private static double dbl(Properties p, String key) {
        return Double.parseDouble(required(p, key));
    }

    private static int integer(Properties p, String key) {
        return Integer.parseInt(required(p, key));
    }

    /** {@code key}'s "word:value" pairs; a word given twice (the same number word in two languages) keeps its last. */
    private static <V> Map<String, V> pairs(Properties p, String key, Function<String, V> value) {
        Map<String, V> pairs = new HashMap<>();
        for (String pair : list(p, key)) {
            String[] kv = pair.split(":");
            pairs.put(kv[0].strip(), value.apply(kv[1].strip()));
        }
        return Map.copyOf(pairs);
    }

    private static List<String> list(Properties p, String key) {
        List<String> out = new ArrayList<>();
        for (String s : required(p, key).split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("rules/dedupe.properties lacks " + key);
        }
        return v.strip();
    }

    /** Word-sequence replacement, longest phrase first: "back end" -> "backend", "k8s" -> "kubernetes". */
    static final class PhraseMap {
        private final Map<String, String[]> map = new HashMap<>();
        /**
         * the first word of each phrase of two words or more and its longest phrase's length: only there, and only that
         * far, is a longer phrase looked up (one four-word phrase made every word try joins of up to four)
         */
        private final Map<String, Integer> longestFrom = new HashMap<>();

        void put(String phrase, String replacement) {
            if (phrase.isEmpty()) {
                return;
            }
            map.put(phrase, replacement.isEmpty() ? new String[0] : replacement.split(" "));
            String[] words = phrase.split(" ");
            if (words.length > 1) {
                longestFrom.merge(words[0], words.length, Math::max);
            }
        }

        List<String> apply(List<String> words) {
            List<String> out = new ArrayList<>(words.size());
            int i = 0;
            while (i < words.size()) {
                int matched = 0;
                int n = Math.min(longestFrom.getOrDefault(words.get(i), 1), words.size() - i);
                for (; n >= 1 && matched == 0; n--) {
                    String[] repl = map.get(n == 1 ? words.get(i) : String.join(" ", words.subList(i, i + n)));
                    if (repl != null) {
                        out.addAll(Arrays.asList(repl));
                        matched = n;
                    }
                }
                if (matched == 0) {
                    out.add(words.get(i));
                    matched = 1;
                }
                i += matched;
            }
            return out;
        }

        String get(String word) {
            String[] r = map.get(word);
            return r == null ? null : String.join(" ", r);
        }
    }
}
