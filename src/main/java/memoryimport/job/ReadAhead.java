package memoryimport.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Runs a producer on a thread of its own and hands its items to the caller's thread in batches through a bounded
 * queue, so that making the next items (decoding and sorting spill files, writing decisions.csv) overlaps using the
 * last ones (writing the report and edits). The items arrive in the producer's order; memory is bounded by the queue.
 */
final class ReadAhead {

    private static final int BATCH = 1024;
    private static final int BATCHES_AHEAD = 8;

    private ReadAhead() {
    }

    /** Calls {@code action} for each item {@code producer} gives, in order; a failure on either side is thrown here. */
    static <T> void forEach(String threadName, Consumer<Consumer<T>> producer, Consumer<T> action) {
        forEach(threadName, BATCH, producer, action);
    }

    /** As {@link #forEach(String, Consumer, Consumer)}, handing items over {@code batchSize} at a time (large ones: 1). */
    static <T> void forEach(String threadName, int batchSize, Consumer<Consumer<T>> producer, Consumer<T> action) {
        BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        Thread reader = new Thread(() -> produce(producer, batchSize, queue), threadName);
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Batch<T> batch = take(queue);
                if (batch.failure != null) {
                    throw batch.failure instanceof RuntimeException r ? r : new IllegalStateException(batch.failure);
                }
                if (batch.items == null) {
                    return;
                }
                batch.items.forEach(action);
            }
        } finally {
            reader.interrupt(); // unblocks it when this side failed; a no-op once it has finished
            joinQuietly(reader);
        }
    }

    /** Waits for the reader, so that nothing of this pass is still running when it returns. */
    private static void joinQuietly(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> void produce(Consumer<Consumer<T>> producer, int batchSize, BlockingQueue<Batch<T>> queue) {
        Batcher<T> batcher = new Batcher<>(queue, batchSize);
        try {
            producer.accept(batcher);
            batcher.flush();
            put(queue, new Batch<>(null, null));
        } catch (CancellationException stopped) {
            // the consuming side failed and has stopped taking
        } catch (Throwable e) {
            try {
                batcher.flush(); // what was read before the failure is handed over first
                put(queue, new Batch<>(null, e));
            } catch (CancellationException stopped) {
                // nobody is taking any more
            }
        }
    }

    private static <T> void put(BlockingQueue<Batch<T>> queue, Batch<T> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            throw new CancellationException("consumer stopped");
        }
    }

    private static <T> Batch<T> take(BlockingQueue<Batch<T>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for decisions", e);
        }
    }

    /** Gathers the producer's items into batches, handing each over as it fills. */
    private static final class Batcher<T> implements Consumer<T> {
        private final BlockingQueue<Batch<T>> queue;
        private final int size;
        private List<T> items;

        Batcher(BlockingQueue<Batch<T>> queue, int size) {
            this.queue = queue;
            this.size = size;
            this.items = new ArrayList<>(size);
        }

        @Override
        public void accept(T item) {
            items.add(item);
            if (items.size() == size) {
                flush();
            }
        }

        void flush() {
            put(queue, new Batch<>(items, null));
            items = new ArrayList<>(size);
        }
    }

    /** Items, or the end (no items, no failure), or the producer's failure. */
    private record Batch<T>(List<T> items, Throwable failure) {
    }
}
