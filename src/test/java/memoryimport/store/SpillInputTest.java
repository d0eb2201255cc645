package memoryimport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpillInputTest {

    @Test
    void readsBackWhatSpillOutputWroteAcrossBufferBoundaries() throws IOException {
        // given: records of a string, an int and a boolean, some strings longer than the read buffer
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            texts.add(i % 7 == 0 ? null : "Prefers café-style notes №" + i + "x".repeat(i % 97));
        }
        texts.add("é".repeat(70_000));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SpillOutput out = new SpillOutput(bytes)) {
            for (int i = 0; i < texts.size(); i++) {
                out.writeString(texts.get(i));
                out.writeInt(i - 1500);
                out.writeBoolean(i % 2 == 0);
            }
        }

        // when
        List<String> read = new ArrayList<>();
        try (SpillInput in = new SpillInput(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (int i = 0; i < texts.size(); i++) {
                read.add(in.readString());
                assertThat(in.readInt()).isEqualTo(i - 1500);
                assertThat(in.readBoolean()).isEqualTo(i % 2 == 0);
            }

            // then: the file ends where the records do
            assertThatThrownBy(in::readInt).isInstanceOf(EOFException.class);
        }
        assertThat(read).containsExactlyElementsOf(texts);
    }

    @Test
    void aRecordCutShortEndsTheFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SpillOutput out = new SpillOutput(bytes)) {
            out.writeString("Uses Kotlin at work");
        }
        byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);

        try (SpillInput in = new SpillInput(new ByteArrayInputStream(cut))) {
            assertThatThrownBy(in::readString).isInstanceOf(EOFException.class);
        }
    }
}
