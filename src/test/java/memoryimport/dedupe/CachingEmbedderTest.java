package memoryimport.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {

    /** Counts what reaches the model; a vector from the text's length. */
    private final List<String> modelCalls = new CopyOnWriteArrayList<>();
    private final SentenceEmbedder model = text -> {
        modelCalls.add(text);
        return new float[] {text.length(), 1};
    };

    @Test
    void repeatedTextsNeverReachTheModel() {
        CachingEmbedder embedder = new CachingEmbedder(model, 100);

        embedder.embed("Prefers concise answers");
        embedder.embed("prefers  concise answers");
        embedder.embed("Uses Kotlin at work");

        assertThat(modelCalls).containsExactly("Prefers concise answers", "Uses Kotlin at work");
        assertThat(embedder.misses()).isEqualTo(2);
        assertThat(embedder.hits()).isEqualTo(1);
    }

    @Test
    void timingTheModelAloneSendsEachEmbeddedTextOnceMore() throws InterruptedException {
        CachingEmbedder embedder = new CachingEmbedder(model, 100, true);
        embedder.embed("Prefers concise answers");
        embedder.embed("Prefers concise answers.");
        embedder.embed("Uses Kotlin at work");
        embedder.embed("Works on the billing service");
        modelCalls.clear();

        long nanos = embedder.timeModelAlone(2);

        assertThat(nanos).isPositive();
        assertThat(modelCalls).containsExactlyInAnyOrder(
                "Prefers concise answers", "Uses Kotlin at work", "Works on the billing service");
        assertThat(embedder.timeModelAlone(2)).as("texts are timed once").isZero();
    }

    @Test
    void withoutRecordingThereIsNothingToTime() throws InterruptedException {
        CachingEmbedder embedder = new CachingEmbedder(model, 100);
        embedder.embed("Uses Kotlin at work");

        assertThat(embedder.timeModelAlone(2)).isZero();
    }
}
