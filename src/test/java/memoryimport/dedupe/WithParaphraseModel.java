package memoryimport.dedupe;

import java.util.List;
import java.util.Optional;
import memoryimport.model.DuplicateMatch;
import memoryimport.model.Memory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Tests that ask the real in-process paraphrase model whether one stored memory is repeated: the model is loaded once
 * for each test class (the classes run one after another).
 */
abstract class WithParaphraseModel {

    static Deduper deduper;

    @BeforeAll
    static void loadModel() {
        deduper = Deduper.withParaphrase();
    }

    @AfterAll
    static void closeModel() {
        deduper.close();
    }

    /** The repeat {@code incoming} is of {@code stored}, a memory of user {@code userId} kept in {@code category}. */
    static Optional<DuplicateMatch> repeatOf(String userId, String category, String stored, String incoming) {
        return deduper.forUser(List.of(memory(userId, category, stored))).findRepeat(incoming);
    }

    static Memory memory(String userId, String category, String text) {
        return new Memory("e-" + Integer.toHexString(text.hashCode()), userId, text, category, "2024-01-01", "run-0");
    }
}
