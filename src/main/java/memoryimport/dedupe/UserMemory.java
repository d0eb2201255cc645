package memoryimport.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import memoryimport.model.DuplicateMatch;
import memoryimport.model.Memory;

/**
 * What one user's memory already holds, asked whether a new text repeats any of it. Never spans users.
 *
 * <p>Lookups, cheapest first: exact (same normalised words, any order, or the same text with other gaps), near (MinHash LSH candidates scored by soft word
 * Jaccard after aliases and stemming), paraphrase (candidates sharing a synonym-folded word, compared by sentence
 * embedding cosine; only when the {@link Deduper} has it on). Every similarity merge must pass the {@link Guards}.
 * Entries arrive newest first, so the memory already held is the one kept.
 */
public final class UserMemory {

    private static final class Held {
        final Memory memory;
        final TextAnalysis analysis;
        final Map<String, String> slots;

        Held(Memory memory, TextAnalysis analysis, Map<String, String> slots) {
            this.memory = memory;
            this.analysis = analysis;
            this.slots = slots;
        }
    }

    private record Word(int id, long[] hashes) {}

    private final DedupeRules rules;
    private final Deduper deduper;
    private final Guards guards;
    private final List<Held> held = new ArrayList<>();
    /** by {@link TextNormalizer#spaceless}: "VS Code" and "VSCode" are one text */
    private final Map<String, Integer> bySpaceless = new HashMap<>();
    private final Map<String, Integer> byOrderFreeKey = new HashMap<>();
    private final MinHashIndex near;
    private final Map<String, List<Integer>> byCanonicalWord = new HashMap<>();
    private final Map<String, List<Integer>> bySlot = new HashMap<>();
    /** every word this user's texts hold, with an id (near scoring compares sorted ids) and its MinHash values */
    private final Map<String, Word> dictionary = new HashMap<>();

    /** shared-word counts by memory id for {@link #findBySynonyms}, all zero between lookups */
    private int[] sharedCounts = new int[16];
    /** word weights by memory id for {@link #findParaphrase}, all zero between lookups: not 8 bytes a memory each */
    private double[] weights = new double[16];
    private TextAnalysis lastAnalysis;
    /** the words of the user's id ("ana-silva": ana, silva), lower case: the user's own name as a subject */
    private Set<String> ownNames = Set.of();
    private long candidatesScored;
    private long lastCandidatesScored;
    private long lastEntriesRead;

    /** Exact and near matching with the shipped rules; no embedding model. */
    public UserMemory(List<Memory> existing) {
        this(DedupeRules.defaults(), Deduper.nearOnly(), existing, null);
    }

    /** {@code stored} memories of run {@code runId} (re-read when a run resumes) count as this run's, not earlier. */
    UserMemory(DedupeRules rules, Deduper deduper, List<Memory> stored, String runId) {
        this.rules = rules;
        this.deduper = deduper;
        this.guards = new Guards(rules);
        this.near = new MinHashIndex(rules.lshBands, rules.lshRows, rules.nearMaxBucketScan, rules.nearMaxCandidates);
        for (Memory m : stored) {
            hold(m, runId == null || !runId.equals(m.runId()));
        }
    }

    /** The memory {@code text} repeats, with kind {@code exact}, {@code near} or {@code paraphrase} and a score. */
    public Optional<DuplicateMatch> findRepeat(String text) {
        return findRepeat(text, null);
    }

    /**
     * As {@link #findRepeat(String)}, for the entry {@code entryId}: its own line imported by an earlier run matches
     * even where the new text adds detail, since the new text replaces the old and nothing is lost.
     */
    public Optional<DuplicateMatch> findRepeat(String text, String entryId) {
        lastCandidatesScored = 0;
        lastEntriesRead = 0;
        // an exact repeat is found by its normalised text alone, without the rest of the analysis
        String normalized = TextNormalizer.normalize(text);
        Integer same = bySpaceless.get(TextNormalizer.spaceless(normalized));
        if (same != null) {
            return Optional.of(new DuplicateMatch(held.get(same).memory, "exact", 1.0));
        }
        TextAnalysis t = analyse(text, normalized);
        if (t.negations == 0 && !t.comparative) {
            // "code first, then the explanation" and "the explanation first, then code" have the same words; so have
            // "Reports to Anna and manages Ben" and "Reports to Ben and manages Anna", which the guards keep apart
            same = byOrderFreeKey.get(t.orderFreeKey);
            if (same != null && blocks(t, held.get(same), entryId)) {
                same = null;
            }
        }
        if (same != null) {
            return Optional.of(new DuplicateMatch(held.get(same).memory, "exact", 1.0));
        }
        Optional<DuplicateMatch> n = findNear(t, entryId);
        if (n.isPresent()) {
            return n;
        }
        CachingEmbedder embedder = deduper.embedder();
        // a text the model cannot read is matched as with paraphrase matching off
        return embedder == null || embedder.readsLatinOnly() && !t.latinScript ? findBySynonyms(t, entryId)
                : findParaphrase(t, embedder, entryId);
    }

    private boolean blocks(TextAnalysis t, Held h, String entryId) {
        return guards.blocks(t, h.analysis, h.memory.entryId().equals(entryId)).isPresent();
    }

    /**
     * An older memory stating the same single-valued fact (employer, role, timezone, reply language, work location)
     * with another value, which {@code text} therefore replaces. Memories added in this run are newer (entries come
     * newest first) and are not replaced.
     */
    public Optional<SlotReplacement> findReplaced(String text, String category) {
        return findReplaced(text, category, null);
    }

    /** As {@link #findReplaced(String, String)}; a stored memory saved after {@code savedAt} is not replaced. */
    public Optional<SlotReplacement> findReplaced(String text, String category, String savedAt) {
        if (bySlot.isEmpty()) {
            return Optional.empty();
        }
        TextAnalysis t = analyse(text);
        for (Map.Entry<String, String> slot : slotsOf(t, category).entrySet()) {
            List<Integer> ids = bySlot.getOrDefault(slot.getKey(), List.of());
            for (int i = ids.size() - 1; i >= 0; i--) {
                Held h = held.get(ids.get(i));
                String old = h.slots.get(slot.getKey());
                if (!old.equals(slot.getValue()) && !newerThan(h.memory.savedAt(), savedAt)) {
                    return Optional.of(new SlotReplacement(h.memory, slot.getKey(), old, slot.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /** Holds {@code memory} (kept in this run) so later texts are matched against it. */
    public void add(Memory memory) {
        hold(memory, false);
    }

    public int size() {
        return held.size();
    }

    /** Candidates scored by the last {@link #findRepeat} (near and paraphrase), bounded by the rules' limits. */
    public long lastCandidatesScored() {
        return lastCandidatesScored;
    }

    /** Index entries read by the last {@link #findRepeat}. */
    public long lastEntriesRead() {
        return lastEntriesRead;
    }

    public long candidatesScored() {
        return candidatesScored;
    }

    private void hold(Memory memory, boolean earlierRun) {
        if (held.isEmpty() && memory.userId() != null) {
            ownNames = namesOf(memory.userId());
            lastAnalysis = null; // analysed before the name was known
        }
        TextAnalysis t = analyse(memory.text());
        int id = held.size();
        // only earlier runs' memories can be replaced, so only theirs are indexed by slot
        Map<String, String> slots = earlierRun ? slotsOf(t, memory.category()) : Map.of();
        held.add(new Held(memory, t, slots));
        bySpaceless.putIfAbsent(TextNormalizer.spaceless(t.normalized), id);
        byOrderFreeKey.putIfAbsent(t.orderFreeKey, id);
        near.add(id, indexed(t).bandKeys);
        for (String w : t.canonicalSet) {
            byCanonicalWord.computeIfAbsent(w, k -> new ArrayList<>()).add(id);
        }
        for (String slot : slots.keySet()) {
            bySlot.computeIfAbsent(slot, k -> new ArrayList<>()).add(id);
        }
    }

    /** The words of letters of a user id, two letters or more, lower case. */
    private static Set<String> namesOf(String userId) {
        Set<String> names = new HashSet<>(4);
        for (String w : userId.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 2) {
                names.add(w);
            }
        }
        return Set.copyOf(names);
    }

    private TextAnalysis analyse(String text) {
        return analyse(text, null);
    }

    /** The analysis of {@code text}, whose {@link TextNormalizer#normalize normalised} form is given when known. */
    private TextAnalysis analyse(String text, String normalized) {
        TextAnalysis last = lastAnalysis;
        if (last != null && last.source.equals(text)) {
            return last;
        }
        TextAnalysis t = new TextAnalysis(text, normalized != null ? normalized : TextNormalizer.normalize(text),
                rules, ownNames);
        lastAnalysis = t;
        return t;
    }

    /** {@code t} with its band keys and content word ids, which only this memory's dictionary gives. */
    private TextAnalysis indexed(TextAnalysis t) {
        if (t.bandKeys == null) {
            Collection<String> hashed = t.content.isEmpty() ? t.allWords : t.content;
            List<long[]> hashes = new ArrayList<>(hashed.size());
            for (String w : hashed) {
                hashes.add(word(w).hashes());
            }
            int[] ids = new int[t.contentSet.size()];
            int i = 0;
            for (String w : t.contentSet) {
                ids[i++] = word(w).id();
            }
            t.contentIds = ids;
            t.sortedContentIds = ids.clone();
            Arrays.sort(t.sortedContentIds);
            t.bandKeys = near.bandKeys(hashes);
        }
        return t;
    }

    private Word word(String w) {
        Word known = dictionary.get(w);
        if (known == null) {
            known = new Word(dictionary.size(), deduper.wordHashes(w, near::wordHashes));
            dictionary.put(w, known);
        }
        return known;
    }

    private Optional<DuplicateMatch> findNear(TextAnalysis t, String entryId) {
        int[] candidates = near.candidates(indexed(t).bandKeys);
        lastEntriesRead += near.lastEntriesRead();
        Held best = null;
        double bestScore = 0;
        for (int id : candidates) {
            count();
            Held h = held.get(id);
            double score = softJaccard(t, h.analysis);
            if (score >= rules.nearThreshold && score > bestScore && !blocks(t, h, entryId)) {
                best = h;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new DuplicateMatch(best.memory, "near", round(bestScore)));
    }

    private Optional<DuplicateMatch> findParaphrase(TextAnalysis t, CachingEmbedder embedder, String entryId) {
        // memories sharing a synonym-folded word, weighted by how rare the word is; a primitive array, not a boxed
        // map: a word can reach hundreds of a user's memories
        if (weights.length < held.size()) {
            weights = new double[Math.max(held.size(), weights.length * 2)];
        }
        double[] weight = weights;
        int[] touched = new int[16];
        int count = 0;
        for (String w : t.canonicalSet) {
            List<Integer> ids = byCanonicalWord.get(w);
            if (ids == null || ids.size() > rules.paraphraseMaxPosting) {
                continue;
            }
            double idf = 1.0 / Math.log(2 + ids.size());
            for (int id : ids) {
                if (weight[id] == 0) {
                    if (count == touched.length) {
                        touched = Arrays.copyOf(touched, count * 2);
                    }
                    touched[count++] = id;
                }
                weight[id] += idf;
            }
            lastEntriesRead += ids.size();
        }
        if (count == 0) {
            return Optional.empty();
        }
        int[] ranked = best(touched, count, weight, rules.paraphraseMaxCandidates);
        for (int k = 0; k < count; k++) {
            weight[touched[k]] = 0;
        }
        Held best = null;
        double bestCos = -1;
        for (int id : ranked) {
            Held h = held.get(id);
            if (embedder.readsLatinOnly() && !h.analysis.latinScript) {
                continue;
            }
            // with both vectors at hand, a candidate that could not be chosen is not guarded: guards cost far more
            // than a cosine, and with 16 candidates an entry they were most of a run's CPU besides the model
            boolean scored = t.vector != null && h.analysis.vector != null;
            double cos = scored ? SentenceEmbedder.cosine(t.vector, h.analysis.vector) : 0;
            if (scored && (cos <= bestCos || !merges(t, h.analysis, cos)) || blocks(t, h, entryId)) {
                continue;
            }
            count();
            if (!scored) {
                // embedded only past the guards: a blocked candidate costs no model call
                cos = SentenceEmbedder.cosine(vectorOf(t, embedder), vectorOf(h.analysis, embedder));
                if (cos <= bestCos || !merges(t, h.analysis, cos)) {
                    continue;
                }
            }
            best = h;
            bestCos = cos;
        }
        return best == null ? Optional.empty() : Optional.of(new DuplicateMatch(best.memory, "paraphrase", round(bestCos)));
    }

    private static float[] vectorOf(TextAnalysis a, CachingEmbedder embedder) {
        if (a.vector == null) {
            a.vector = embedder.embed(a.aliased, a.aliased);
        }
        return a.vector;
    }

    /** Whether texts at cosine {@code cos} say the same by the paraphrase rules (the guards aside). */
    private boolean merges(TextAnalysis t, TextAnalysis other, double cos) {
        if (mergesByWords(t.canonicalSet, other.canonicalSet, cos)) {
            return true;
        }
        if (cos < rules.paraphraseCosineWithSynonyms) {
            return false;
        }
        // an acronym one text spells out shares its words with the other ("SAST" / "static application security testing")
        Set<String> a = guards.spellingOutAcronyms(t, other);
        Set<String> b = guards.spellingOutAcronyms(other, t);
        return (a != t.canonicalSet || b != other.canonicalSet) && mergesByWords(a, b, cos);
    }

    private boolean mergesByWords(Set<String> a, Set<String> b, double cos) {
        return (cos >= rules.paraphraseCosine
                    && (cos >= rules.paraphraseCosineFewShared || sharesEnough(a, b)))
                || (cos >= rules.paraphraseCosineWithSynonyms && jaccard(a, b) >= rules.paraphraseSynonymJaccard)
                || (cos >= rules.paraphraseCosineWithContainment && contained(a, b));
    }

    /**
     * With no model: the memory whose synonym-folded words overlap {@code t}'s at the near threshold, every guard
     * passing. Shared words are counted along the word postings (a common word's posting is not read: it is looked up
     * in the few memories that reach the threshold without it), and only those few are guarded.
     */
    private Optional<DuplicateMatch> findBySynonyms(TextAnalysis t, String entryId) {
        int n = t.canonicalSet.size();
        if (n == 0) {
            return Optional.empty();
        }
        if (sharedCounts.length < held.size()) {
            sharedCounts = new int[Math.max(held.size(), sharedCounts.length * 2)];
        }
        int[] touched = new int[16];
        int count = 0;
        List<String> common = null;
        for (String w : t.canonicalSet) {
            List<Integer> ids = byCanonicalWord.get(w);
            if (ids == null) {
                continue;
            }
            if (ids.size() > rules.paraphraseMaxPosting) {
                (common == null ? common = new ArrayList<>(2) : common).add(w);
                continue;
            }
            for (int id : ids) {
                if (sharedCounts[id]++ == 0) {
                    if (count == touched.length) {
                        touched = Arrays.copyOf(touched, count * 2);
                    }
                    touched[count++] = id;
                }
            }
            lastEntriesRead += ids.size();
        }
        int commonCount = common == null ? 0 : common.size();
        Held best = null;
        double bestScore = 0;
        for (int k = 0; k < count; k++) {
            int id = touched[k];
            int shared = sharedCounts[id];
            sharedCounts[id] = 0;
            Held h = held.get(id);
            int m = h.analysis.canonicalSet.size();
            // the most the common words could add: below the threshold even then, no set is looked at
            if ((double) (shared + commonCount) / (n + m - shared - commonCount) < rules.synonymsAloneJaccard) {
                continue;
            }
            if (common != null) {
                for (String w : common) {
                    if (h.analysis.canonicalSet.contains(w)) {
                        shared++;
                    }
                }
            }
            double score = (double) shared / (n + m - shared);
            if (score >= rules.synonymsAloneJaccard && score > bestScore) {
                count();
                if (!blocks(t, h, entryId)) {
                    best = h;
                    bestScore = score;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new DuplicateMatch(best.memory, "near", round(bestScore)));
    }

    /** The {@code k} ids of the highest weight, highest first; on equal weight the older memory (lower id) first. */
    private static int[] best(int[] ids, int count, double[] weight, int k) {
        int[] top = new int[Math.min(k, count)];
        int size = 0;
        for (int n = 0; n < count; n++) {
            int id = ids[n];
            if (size == top.length && !ahead(id, top[size - 1], weight)) {
                continue;
            }
            int at = size == top.length ? size - 1 : size++;
            while (at > 0 && ahead(id, top[at - 1], weight)) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = id;
        }
        return top;
    }

    private static boolean ahead(int a, int b, double[] weight) {
        return weight[a] > weight[b] || (weight[a] == weight[b] && a < b);
    }

    private void count() {
        candidatesScored++;
        lastCandidatesScored++;
    }

    /**
     * Jaccard where a word one edit (two for long words) from a word of the other set counts as shared; 0 when even
     * pairing every unshared word could not reach the near threshold (most candidates, and no sets copied for them).
     */
    private double softJaccard(TextAnalysis ta, TextAnalysis tb) {
        int[] a = ta.sortedContentIds;
        int[] b = tb.sortedContentIds;
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        if ((double) Math.min(a.length, b.length) / Math.max(a.length, b.length) < rules.nearThreshold) {
            return 0; // even every word of the smaller set shared or paired would not reach it
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        if (shared < Math.min(a.length, b.length)) { // words left to pair by typo, in set order, each word of b once
            String[] leftB = new String[b.length - shared];
            int left = 0;
            int k = 0;
            for (String o : tb.contentSet) {
                if (Arrays.binarySearch(a, tb.contentIds[k++]) < 0) {
                    leftB[left++] = o;
                }
            }
            k = 0;
            int unpairedA = a.length - shared;
            int unpairedB = left;
            int total = a.length + b.length;
            for (String w : ta.contentSet) {
                if (Arrays.binarySearch(b, ta.contentIds[k++]) >= 0) {
                    continue;
                }
                // even if every word still to pair found a typo-close partner, the threshold would be out of reach
                int reachable = shared + Math.min(unpairedA, unpairedB);
                if ((double) reachable / (total - reachable) < rules.nearThreshold) {
                    return 0;
                }
                unpairedA--;
                for (int i = 0; i < left; i++) {
                    if (leftB[i] != null && guards.typoClose(w, leftB[i])) {
                        leftB[i] = null;
                        shared++;
                        unpairedB--;
                        break;
                    }
                }
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }

    /** Enough shared words, and a share of one text's words large enough that it does not say mostly other things. */
    private boolean sharesEnough(Set<String> a, Set<String> b) {
        int shared = shared(a, b);
        return shared >= rules.paraphraseMinSharedWords
                && shared >= rules.paraphraseMinSharedShare * Math.min(a.size(), b.size());
    }

    /** Whether enough of the smaller set's words, and most of them, are in the larger one. */
    private boolean contained(Set<String> a, Set<String> b) {
        int shared = shared(a, b);
        return shared >= rules.paraphraseContainmentMinShared
                && shared >= rules.paraphraseContainment * Math.min(a.size(), b.size());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int shared = shared(a, b);
        int union = a.size() + b.size() - shared;
        return union == 0 ? 1.0 : (double) shared / union;
    }

    /** Words in both sets, counted over the smaller one. */
    private static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String w : small) {
            if (large.contains(w)) {
                shared++;
            }
        }
        return shared;
    }

    private Map<String, String> slotsOf(TextAnalysis t, String category) {
        for (String w : t.aliased.split(" ")) {
            if (rules.slotBlockers.contains(w)) {
                return Map.of();
            }
        }
        Map<String, String> found = new HashMap<>();
        for (DedupeRules.SlotRule rule : rules.slots) {
            if (found.containsKey(rule.slot()) || !rule.appliesTo(category)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(t.aliased);
            if (m.find()) {
                found.put(rule.slot(), m.group("value"));
            }
        }
        return found;
    }

    private static boolean newerThan(String stored, String incoming) {
        return stored != null && incoming != null && stored.compareTo(incoming) > 0;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
