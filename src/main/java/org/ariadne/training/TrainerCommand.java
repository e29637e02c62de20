package org.ariadne.training;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A trainer of the pool: name, institution, expertise and certifications (blank lines are dropped). */
public record TrainerCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name,
        Long institutionId,
        @Size(max = 1000, message = "{validation.size.max}") String expertise,
        List<@Valid CertificationLine> certifications) {

    public TrainerCommand {
        // blank lines stay as posted (Spring binds "certifications[1].topic" to them); lines() leaves them out
        certifications = certifications == null ? List.of()
                : certifications.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The certifications given: blank lines left out. */
    public List<CertificationLine> lines() {
        return certifications.stream().filter(line -> !line.isBlank()).toList();
    }

    public static TrainerCommand empty() {
        return new TrainerCommand("", null, "", List.of());
    }

    /** The lines to show in the form: those kept and one blank line to add another. */
    public List<CertificationLine> linesWithBlank() {
        var lines = new ArrayList<>(lines());
        lines.add(new CertificationLine(null, null, null, null));
        return lines;
    }
}
