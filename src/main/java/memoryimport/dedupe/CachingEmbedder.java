package memoryimport.dedupe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Remembers vectors by normalised text (least recently used out past a bound), so repeats never reach the model. */
public final class CachingEmbedder implements SentenceEmbedder {

    private final SentenceEmbedder delegate;
    private final Map<String, float[]> cache;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong modelNanos = new AtomicLong();
    /** every text sent to the model, when the benchmark asks to time it alone afterwards; else null */
    private final List<String> sent;

    public CachingEmbedder(SentenceEmbedder delegate, int maxEntries) {
        this(delegate, maxEntries, false);
    }

    public CachingEmbedder(SentenceEmbedder delegate, int maxEntries, boolean recordSent) {
        this.delegate = delegate;
        this.sent = recordSent ? new ArrayList<>() : null;
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public boolean readsLatinOnly() {
        return delegate.readsLatinOnly();
    }

    /** {@code key} is the normalised text; {@code text} what the model reads. */
    public float[] embed(String key, String text) {
        synchronized (cache) {
            float[] v = cache.get(key);
            if (v != null) {
                hits.incrementAndGet();
                return v;
            }
        }
        misses.incrementAndGet();
        long start = System.nanoTime();
        float[] v = delegate.embed(text);
        modelNanos.addAndGet(System.nanoTime() - start);
        synchronized (cache) {
            cache.put(key, v);
            if (sent != null) {
                sent.add(text);
            }
        }
        return v;
    }

    /**
     * Sends every text the model embedded so far through it again, on {@code threads} threads with nothing else
     * running, and forgets them: the wall time in nanoseconds of the model alone on this run's texts (0 when not
     * recording).
     */
    public long timeModelAlone(int threads) throws InterruptedException {
        List<String> texts;
        synchronized (cache) {
            if (sent == null || sent.isEmpty()) {
                return 0;
            }
            texts = List.copyOf(sent);
            sent.clear();
        }
        AtomicInteger next = new AtomicInteger();
        Runnable embedInTurn = () -> {
            for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                delegate.embed(texts.get(i));
            }
        };
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(embedInTurn, "model-alone-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread w : workers) {
            w.join();
        }
        return System.nanoTime() - start;
    }

    @Override
    public float[] embed(String text) {
        return embed(TextNormalizer.normalize(text), text);
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    /** Time spent inside the model, summed over threads: what the texts embedded so far cost on their own. */
    public long modelNanos() {
        return modelNanos.get();
    }
}
