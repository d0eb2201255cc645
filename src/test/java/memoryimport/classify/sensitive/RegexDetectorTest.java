package memoryimport.classify.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexDetectorTest {

    private static final String ROOM = "\\b[Rr]oom R\\d{3}\\b";

    @Test
    void thePatternRunsOnlyOnTextsWhereTheRequiredOneIsFound() {
        // given: the same pattern gated by a part of its match, and by something the text lacks
        RegexDetector gated = RegexDetector.of("room", "test", ROOM, "a room").requires("R\\d");
        RegexDetector shut = RegexDetector.of("room", "test", ROOM, "a room").requires("X\\d");
        Text forGated = new Text("Meets in room R204 on Mondays");
        Text forShut = new Text("Meets in room R204 on Mondays");

        // when
        gated.detect(forGated);
        shut.detect(forShut);

        // then
        assertThat(forGated.findings()).extracting(f -> forGated.text().substring(f.start(), f.end()))
                .containsExactly("room R204");
        assertThat(forShut.findings()).isEmpty();
    }
}
