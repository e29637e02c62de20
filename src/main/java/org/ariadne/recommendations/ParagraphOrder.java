package org.ariadne.recommendations;

import java.util.regex.Pattern;

/** Paragraph references in reading order: "§ 9" before "§ 10", "12a" after "12", none last. */
final class ParagraphOrder {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    private ParagraphOrder() {
    }

    static String key(String paragraph) {
        if (paragraph == null || paragraph.isBlank()) {
            return "~";
        }
        var matcher = NUMBER.matcher(paragraph);
        var key = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            key.append(paragraph, last, matcher.start()).append(String.format("%08d", Long.parseLong(
                    matcher.group(1).length() > 12 ? matcher.group(1).substring(0, 12) : matcher.group(1))));
            last = matcher.end();
        }
        key.append(paragraph.substring(last));
        return key.toString().replaceAll("[^0-9A-Za-z]", "");
    }
}
