package memoryimport.job;

import java.util.function.Supplier;
import memoryimport.store.Appender;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Appends a partition's chunks to its store. The appender's mark is saved with each chunk's commit, and a restarted
 * partition first rewinds to it: what a chunk that never committed appended is read, and appended, again.
 */
public class AppendingWriter<T> implements ItemStreamWriter<T> {

    private static final String MARK = "appender.mark";

    private final Supplier<Appender<T>> opener;
    private Appender<T> appender;

    public AppendingWriter(Supplier<Appender<T>> opener) {
        this.opener = opener;
    }

    @Override
    public void open(ExecutionContext context) {
        appender = opener.get();
        appender.rewindTo(context.getString(MARK, ""));
    }

    @Override
    public void write(Chunk<? extends T> chunk) {
        appender.append(chunk.getItems());
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(MARK, appender.mark());
    }

    @Override
    public void close() {
        if (appender != null) {
            appender.close();
        }
    }
}
