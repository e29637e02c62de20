package org.ariadne.publication;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public portal's reads, open to anyone without sign-in: only what is on the portal now, and only from the
 * snapshots stored when it was published. Anything else — never published, superseded, withdrawn or unknown — is
 * not found, the same way, so the portal does not tell which plans or reports exist.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class Portal {

    private final PublicationReader reader;
    private final PortalPages pages;

    Portal(PublicationReader reader, PortalPages pages) {
        this.reader = reader;
        this.pages = pages;
    }

    /** Every plan with something on the portal, by title. */
    public List<PortalPage> plans(Locale locale) {
        var byPlan = new LinkedHashMap<Long, List<PublicationReader.OnPortal>>();
        reader.onPortal().forEach(item -> byPlan.computeIfAbsent(item.planId(), id -> new ArrayList<>()).add(item));
        var collator = Collator.getInstance(locale);
        return byPlan.entrySet().stream().map(entry -> pages.of(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(PortalPage::title, collator)).toList();
    }

    /** A plan's page. @throws NotFoundException when nothing of the plan is on the portal */
    public PortalPage page(long planId) {
        var items = reader.onPortal(planId);
        if (items.isEmpty()) {
            throw NotFoundException.of("public plan", planId);
        }
        return pages.of(planId, items);
    }

    /**
     * A file of a report on the portal. @throws NotFoundException unless the publication is a report of this plan
     * on the portal now and has a file in that format
     */
    public PublishedFile reportFile(long planId, long publicationId, String format) {
        var onPortal = reader.onPortal(planId).stream()
                .anyMatch(item -> item.id() == publicationId && item.kind() == PublicationKind.REPORT);
        if (!onPortal) {
            throw NotFoundException.of("public report", publicationId);
        }
        return reader.file(publicationId, format).orElseThrow(() -> NotFoundException.of("public file", format));
    }
}
