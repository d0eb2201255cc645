package memoryimport.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconFilesTest {

    /** A term written twice in one lexicon is matched once, by its first line: a second line, or another weight there, is dead. */
    @Test
    void noLexiconHoldsATermTwice() throws IOException {
        List<String> repeated = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/rules/lexicon"))) {
            for (Path file : files.sorted().toList()) {
                Set<String> seen = new HashSet<>();
                for (String line : Files.readAllLines(file)) {
                    String term = line.split(";", 2)[0].strip();
                    if (!term.isEmpty() && !line.startsWith("#") && !seen.add(term)) {
                        repeated.add(file.getFileName() + ": " + term);
                    }
                }
            }
        }
        assertThat(repeated).isEmpty();
    }
}
