package memoryimport.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParserMessagesTest {

    @Test
    void keepsWhatWentWrongAndNotTheTextQuoted() {
        assertThat(ParserMessages.withoutQuotedText("Unrecognized token 'sk_live_4eC39HqLyjWDarjtT1zdp7dc': was "
                + "expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"))
                .isEqualTo("Unrecognized token");
        assertThat(ParserMessages.withoutQuotedText("Unexpected end-of-input: expected close marker for Array "
                + "(start marker at [Source: REDACTED; line: 1, column: 14])"))
                .isEqualTo("Unexpected end-of-input: expected close marker for Array");
        assertThat(ParserMessages.withoutQuotedText("Numeric value (4111111111111111111111) out of range of long"))
                .isEqualTo("Numeric value");
        assertThat(ParserMessages.withoutQuotedText("'hunter2'")).isEqualTo("no detail");
        assertThat(ParserMessages.withoutQuotedText(null)).isEqualTo("no detail");
    }
}
