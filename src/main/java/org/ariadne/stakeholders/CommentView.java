package org.ariadne.stakeholders;

import java.time.LocalDateTime;

/**
 * A comment on one element with the office's disposition (null until decided). {@code from} is the invited
 * institution's name or the outside organisation's; {@code outside} says which.
 */
public record CommentView(long id, int version, long roundId, String elementKey, String elementCode,
        String elementTitle, Long institutionId, String from, boolean outside, String author, String text,
        LocalDateTime submittedAt, Disposition disposition, String reason, String note, String disposedBy,
        LocalDateTime disposedAt) {

    public boolean decided() {
        return disposition != null;
    }

    public String elementLabel() {
        return elementCode == null || elementCode.isBlank() ? elementTitle : elementCode + " " + elementTitle;
    }

    public DispositionCommand toCommand() {
        return new DispositionCommand(disposition, reason, note);
    }
}
