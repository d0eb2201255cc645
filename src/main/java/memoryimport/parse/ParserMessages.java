package memoryimport.parse;

/**
 * What a JSON or CSV parser said, without the text it quoted: parsers quote the token or record they stopped at, and
 * that may be a password or a key; a reason goes to the report.
 */
final class ParserMessages {

    private ParserMessages() {
    }

    /** The message up to the first quote, bracket or parenthesis: "Unrecognized token 'hunter2': ..." gives "Unrecognized token". */
    static String withoutQuotedText(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.length();
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\'' || c == '"' || c == '(' || c == '[' || c == '{' || c == '`') {
                end = i;
                break;
            }
        }
        String head = message.substring(0, end).strip();
        while (!head.isEmpty() && ":;,".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).strip();
        }
        return head.isEmpty() ? "no detail" : head;
    }
}
