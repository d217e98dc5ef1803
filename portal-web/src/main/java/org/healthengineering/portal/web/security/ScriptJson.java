package org.healthengineering.portal.web.security;

/**
 * JSON made safe to write inside an inline {@code <script>} (a chart's configuration, a widget's options). JSON
 * text may hold {@code </script>} or {@code <!--} in a string and so end the script early, letting the rest of the
 * string run as markup: a hospital named {@code </script><img src=x onerror=…>} would script every page that
 * charts it. Replacing {@code <}, {@code >} and {@code &} (and the two line separators JavaScript once treated as
 * line ends) by their {@code \}{@code uXXXX} escapes keeps the value identical for the JSON reader and inert for
 * the HTML parser. These characters can only occur inside strings of valid JSON, so the whole text may be escaped.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    public static String escape(String json) {
        if (json == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
