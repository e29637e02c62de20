package org.ariadne.risks.web;

import java.util.List;
import java.util.Objects;

import org.ariadne.risks.ScenarioView.PackageService;
import org.ariadne.services.ServiceType;
import org.ariadne.services.ServiceView;

/**
 * A service of a scenario's minimum package beside what the services directory holds for it: the entries of its kind
 * that its provider runs (and their places), or, when the provider has none, how many other providers do. A package
 * that counts on a shelter the directory does not list is a gap the office wants to see before the crisis.
 */
public record PackageRow(PackageService service, ServiceType type, List<ServiceView> provided, long othersOfType) {

    static List<PackageRow> of(List<PackageService> services, List<ServiceView> directory) {
        return services.stream().map(service -> {
            var type = service.service().directoryType().orElse(null);
            if (type == null) {
                return new PackageRow(service, null, List.of(), 0);
            }
            var provided = directory.stream()
                    .filter(entry -> entry.type() == type && entry.providerId() == service.providerId()).toList();
            long others = directory.stream()
                    .filter(entry -> entry.type() == type && entry.providerId() != service.providerId()).count();
            return new PackageRow(service, type, provided, others);
        }).toList();
    }

    /** Whether the directory has entries of this kind at all (identification and referral never has). */
    public boolean inDirectory() {
        return type != null;
    }

    /** The places the provider's entries offer, or null when none says. */
    public Integer places() {
        var capacities = provided.stream().map(ServiceView::capacity).filter(Objects::nonNull).toList();
        return capacities.isEmpty() ? null : capacities.stream().mapToInt(Integer::intValue).sum();
    }
}
