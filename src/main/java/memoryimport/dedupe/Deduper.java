package memoryimport.dedupe;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import memoryimport.model.BoundedCache;
import memoryimport.model.Memory;
import memoryimport.model.RuleFiles;

/**
 * One per run: the rules and, when paraphrase matching is on, the shared embedding model (loaded on first need, never
 * when off). Hands out a {@link UserMemory} per user. Thread-safe; close it at the end of the run.
 */
public final class Deduper implements AutoCloseable {

    /** about 30 MB of MinHash values with the shipped rules (20 bands of 3 rows: 60 longs a word) */
    private static final int MAX_SHARED_WORDS = 50_000;

    private final DedupeRules rules;
    private final boolean paraphrase;
    private final SentenceEmbedder injected;
    private volatile CachingEmbedder embedder;
    private volatile boolean recordEmbeddedTexts;
    private MiniLmEmbedder model;
    /** MinHash values of words, shared by the run's users; bounded, as a real run's vocabulary is not */
    private final BoundedCache<String, long[]> wordHashes = new BoundedCache<>(MAX_SHARED_WORDS);

    private Deduper(DedupeRules rules, boolean paraphrase, SentenceEmbedder injected) {
        this.rules = rules;
        this.paraphrase = paraphrase;
        this.injected = injected;
    }

    /** Exact and near matching only; the embedding model is never loaded. */
    public static Deduper nearOnly() {
        return new Deduper(DedupeRules.defaults(), false, null);
    }

    /** Exact, near and paraphrase matching with the in-process MiniLM model. */
    public static Deduper withParaphrase() {
        return new Deduper(DedupeRules.defaults(), true, null);
    }

    /** {@code --paraphrase=true|false}. */
    public static Deduper create(boolean paraphrase) {
        return paraphrase ? withParaphrase() : nearOnly();
    }

    /** {@code --paraphrase=true|false} with the rule files of {@code --rules=DIR} (shipped ones where it has none). */
    public static Deduper create(boolean paraphrase, RuleFiles rules) {
        return new Deduper(DedupeRules.load(rules, Map.of()), paraphrase, null);
    }

    /** For tests and tuning: own rules, and an embedder of one's own (null: nearOnly). */
    public static Deduper of(DedupeRules rules, SentenceEmbedder embedder) {
        return new Deduper(rules, embedder != null, embedder);
    }

    public boolean paraphraseEnabled() {
        return paraphrase;
    }

    /** The user's memory as earlier runs stored it, ready to be asked about new texts. */
    public UserMemory forUser(List<Memory> stored) {
        return forUser(stored, null);
    }

    /** As {@link #forUser(List)}, where the stored memories of run {@code runId} are this run's own, kept before a restart. */
    public UserMemory forUser(List<Memory> stored, String runId) {
        return new UserMemory(rules, this, stored, runId);
    }

    /** The MinHash values of {@code word}, computed by {@code hashes} the first time any user has it. */
    long[] wordHashes(String word, Function<String, long[]> hashes) {
        return wordHashes.get(word, hashes);
    }

    DedupeRules rules() {
        return rules;
    }

    /** Null when paraphrase matching is off. */
    CachingEmbedder embedder() {
        if (!paraphrase) {
            return null;
        }
        CachingEmbedder e = embedder;
        if (e == null) {
            synchronized (this) {
                if (embedder == null) {
                    SentenceEmbedder base = injected;
                    if (base == null) {
                        model = new MiniLmEmbedder();
                        base = model;
                    }
                    embedder = new CachingEmbedder(base, rules.paraphraseCacheEntries, recordEmbeddedTexts);
                }
                e = embedder;
            }
        }
        return e;
    }

    /** For the benchmark: keep every text sent to the model, to be timed again by {@link #timeModelAlone(int)}. */
    public void recordEmbeddedTexts() {
        recordEmbeddedTexts = true;
    }

    /** Wall nanoseconds of the model alone embedding again, on {@code threads} threads, the texts recorded so far. */
    public long timeModelAlone(int threads) throws InterruptedException {
        CachingEmbedder e = embedder;
        return e == null ? 0 : e.timeModelAlone(threads);
    }

    /** Whether the model has been loaded (false for a run with paraphrase off). */
    public synchronized boolean modelLoaded() {
        return model != null;
    }

    /** Texts embedded by the model / answered from the cache, for the run summary. */
    public long embeddings() {
        CachingEmbedder e = embedder;
        return e == null ? 0 : e.misses();
    }

    public long embeddingNanos() {
        CachingEmbedder e = embedder;
        return e == null ? 0 : e.modelNanos();
    }

    public long embeddingCacheHits() {
        CachingEmbedder e = embedder;
        return e == null ? 0 : e.hits();
    }

    @Override
    public synchronized void close() {
        if (model != null) {
            model.close();
            model = null;
        }
        embedder = null;
    }
}
