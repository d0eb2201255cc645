package memoryimport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpillOutputTest {

    @Test
    void writesTheBytesDataOutputStreamWouldAndCountsThem() throws IOException {
        // given: the same records through SpillOutput and through DataOutputStream, strings longer than its buffer too
        ByteArrayOutputStream spilled = new ByteArrayOutputStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        long sizeAfterRecords;
        try (SpillOutput out = new SpillOutput(spilled); DataOutputStream data = new DataOutputStream(expected)) {
            for (int i = 0; i < 3000; i++) {
                String text = i % 7 == 0 ? null : "Prefers café-style notes №" + i + "x".repeat(i % 97);
                if (i == 1234) {
                    text = "é".repeat(40_000);
                }

                // when
                out.writeString(text);
                out.writeInt(i - 1500);
                out.writeBoolean(i % 2 == 0);

                if (text == null) {
                    data.writeInt(-1);
                } else {
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    data.writeInt(bytes.length);
                    data.write(bytes);
                }
                data.writeInt(i - 1500);
                data.writeBoolean(i % 2 == 0);
            }
            sizeAfterRecords = out.size();
        }

        // then: byte for byte the same, and size() counted what was still in the buffer too
        assertThat(spilled.toByteArray()).isEqualTo(expected.toByteArray());
        assertThat(sizeAfterRecords).isEqualTo(expected.size());
    }
}
