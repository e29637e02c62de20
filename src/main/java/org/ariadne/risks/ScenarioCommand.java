package org.ariadne.risks;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person sets on a contingency scenario. The minimum package comes as two lists in the order of
 * {@link ServiceKind}: the institution that provides each service (none: the service is not in the package) and a
 * note. {@code activities} are the plan's activities postponed or adapted while the scenario is active.
 */
public record ScenarioCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name,
        @Size(max = 2000, message = "{validation.size.max}") String triggers,
        List<Long> providers,
        List<@Size(max = 500, message = "{validation.size.max}") String> notes,
        List<Long> activities) {

    public ScenarioCommand {
        providers = providers == null ? new ArrayList<>() : new ArrayList<>(providers);
        notes = notes == null ? new ArrayList<>() : new ArrayList<>(notes);
        activities = activities == null ? List.of() : activities.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public static ScenarioCommand empty() {
        return new ScenarioCommand("", "", List.of(), List.of(), List.of());
    }

    /** A scenario with its package given service by service (the demo, the usual scenarios). */
    public static ScenarioCommand of(String name, String triggers, List<PackageLine> services, List<Long> activities) {
        var providers = new ArrayList<Long>();
        var notes = new ArrayList<String>();
        for (var kind : ServiceKind.values()) {
            var line = services.stream().filter(service -> service.service() == kind).findFirst();
            providers.add(line.map(PackageLine::providerId).orElse(null));
            notes.add(line.map(PackageLine::note).orElse(""));
        }
        return new ScenarioCommand(name, triggers, providers, notes, activities);
    }

    /** The provider chosen for a service, or null. */
    public Long provider(ServiceKind kind) {
        return kind.ordinal() < providers.size() ? providers.get(kind.ordinal()) : null;
    }

    public String note(ServiceKind kind) {
        var note = kind.ordinal() < notes.size() ? notes.get(kind.ordinal()) : null;
        return note == null || note.isBlank() ? null : note.strip();
    }

    /** One service of the package as the demo and the usual scenarios give it. */
    public record PackageLine(ServiceKind service, Long providerId, String note) {
    }
}
