package org.ariadne.recommendations;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up of one source for one year as a Word table in the layout of a GRETA questionnaire answer
 * (recommendation, measures taken, evidence), in the language chosen; read as the tracker is (a focal point gets the
 * recommendations addressed to their institution).
 */
@Service
@Transactional(readOnly = true)
public class FollowUpExport {

    private final Recommendations recommendations;
    private final MessageSource messages;

    FollowUpExport(Recommendations recommendations, MessageSource messages) {
        this.recommendations = recommendations;
        this.messages = messages;
    }

    @PreAuthorize(Recommendations.READERS)
    public byte[] docx(long sourceId, int year, Locale language) {
        var source = recommendations.source(sourceId);
        var list = recommendations.list(TrackerFilter.ofSource(sourceId));
        var labels = new FollowUpWordTable.Labels(
                text(language, "recommendations.export.doc-title", source.label(), year),
                text(language, "recommendations.export.doc-subtitle", list.size(), year),
                text(language, "recommendations.export.column.recommendation"),
                text(language, "recommendations.export.column.measures", year),
                text(language, "recommendations.export.column.evidence"),
                text(language, "recommendations.export.no-measures", year),
                text(language, "recommendations.export.file"));
        return FollowUpWordTable.write(list, year, language, labels);
    }

    private String text(Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, language);
    }
}
