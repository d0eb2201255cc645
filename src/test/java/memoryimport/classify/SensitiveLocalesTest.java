package memoryimport.classify;

import static org.assertj.core.api.Assertions.assertThat;

import memoryimport.model.Entry;
import memoryimport.model.ScreenedEntry;
import memoryimport.model.SensitiveFinding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values a tester found passing in clear: ids before a sentence's full stop, passwords, bank accounts, addresses and
 * birth dates said in Italian, Dutch, Portuguese and Japanese, and a user / password pair after a label.
 */
class SensitiveLocalesTest {

    private static final SensitiveScreen DROP = new SensitiveScreen();

    private static ScreenedEntry screen(String text) {
        return DROP.screen(Entry.of("u1", "u1/memory.md", 3, "2024-05-01", null, text));
    }

    /** text | expected kind | the sensitive parts (';'-separated) that must not survive masking. */
    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # ---- a full stop ends the sentence, not the number
            - Seu CPF é 529.982.247-25. | government_id | 529.982.247-25;982.247
            Seu CPF é 529.982.247-25. Mora em Recife | government_id | 529.982.247-25
            - AHV number: 756.9217.0769.85. | government_id | 756.9217.0769.85;9217.0769
            AHV 756.9217.0769.85.\\nUses Vim | government_id | 756.9217.0769.85
            Door code is 4471. | credential | 4471
            """)
    void masks(String text, String kind, String secrets) {
        ScreenedEntry s = screen(text.replace("\\n", "\n"));
        assertThat(s.findings()).extracting(SensitiveFinding::kind).as(text).contains(kind);
        assertThat(s.mustDrop()).isTrue();
        for (String secret : secrets.split(";")) {
            assertThat(s.entry().text()).as("masked text").doesNotContain(secret);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Uses Python 3.12.
            Team of 12 engineers.
            Sprint 24 ends on 2024-05-01.
            Ticket 1000/12345 is about login
            Ticket 1000/12345 is about login.
            Version 756.1234.5678.97.1 of the tool
            CPF 529.982.247-25.1 is a test fixture id
            Door code is 4471.5 metres away
            The door code changed on 2024-05-01.
            """)
    void leavesOrdinaryTextAlone(String text) {
        ScreenedEntry s = screen(text);
        assertThat(s.findings()).as(text).isEmpty();
        assertThat(s.entry().text()).isEqualTo(text);
    }
}
