package org.ariadne.publication;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** Puts a plan's portal page together from the stored snapshots, and for a preview with the one to be published. */
@Component
class PortalPages {

    private final PublicationReader reader;

    PortalPages(PublicationReader reader) {
        this.reader = reader;
    }

    PortalPage of(long planId, List<PublicationReader.OnPortal> items) {
        return with(planId, items, null, null);
    }

    /**
     * The page as it will be once the candidate is published: the candidate takes the place of the publication of
     * the same subject.
     */
    PortalPage with(long planId, List<PublicationReader.OnPortal> items, PortalPage.Published<?> candidate,
            String candidateSubject) {
        var published = new ArrayList<PortalPage.Published<?>>();
        for (var item : items) {
            if (candidate == null || !item.subject().equals(candidateSubject)) {
                published.add(new PortalPage.Published<>(item.id(), item.publishedAt(), item.publisher(),
                        reader.snapshot(item.id(), item.kind())));
            }
        }
        if (candidate != null) {
            published.add(candidate);
        }
        return PortalPage.of(planId, published);
    }
}
