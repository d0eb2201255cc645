package memoryimport.store;

import java.util.List;

/**
 * Where one partition appends what its chunks produce. Its mark is saved with each chunk's commit; a restarted
 * partition rewinds to the saved mark, so what an uncommitted chunk appended is forgotten and appended again.
 */
public interface Appender<T> extends AutoCloseable {

    void append(List<? extends T> items);

    /** Makes what was appended durable and says how far it goes. */
    String mark();

    /** Forgets what was appended after a mark ("" = everything). */
    void rewindTo(String mark);

    @Override
    void close();

    /** For stores that append in the chunk's transaction: its rollback already forgets an uncommitted chunk. */
    static <T> Appender<T> transactional(java.util.function.Consumer<List<? extends T>> write) {
        return new Appender<>() {
            @Override
            public void append(List<? extends T> items) {
                write.accept(items);
            }

            @Override
            public String mark() {
                return "";
            }

            @Override
            public void rewindTo(String mark) {
            }

            @Override
            public void close() {
            }
        };
    }
}
