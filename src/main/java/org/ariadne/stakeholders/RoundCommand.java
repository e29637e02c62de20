package org.ariadne.stakeholders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A consultation round as the office opens it: what it is for, when it takes comments, which institutions are invited
 * and, line by line ({@code outsideNames[i]} with {@code outsideEmails[i]}), the outside organisations that get a
 * single-use link. Empty lines are ignored.
 */
public record RoundCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String title,
        @Size(max = 2000, message = "{validation.size.max}") String purpose,
        @NotNull(message = "{validation.required}") LocalDate opensOn,
        @NotNull(message = "{validation.required}") LocalDate closesOn,
        Set<Long> invited,
        List<String> outsideNames,
        List<String> outsideEmails) {

    public RoundCommand {
        invited = invited == null ? Set.of() : new LinkedHashSet<>(invited);
        outsideNames = outsideNames == null ? List.of() : new ArrayList<>(outsideNames);
        outsideEmails = outsideEmails == null ? List.of() : new ArrayList<>(outsideEmails);
    }

    public static RoundCommand empty(LocalDate today) {
        return new RoundCommand("", "", today, today.plusWeeks(3), Set.of(), List.of("", "", ""),
                List.of("", "", ""));
    }

    /** The outside organisations named, one per line that has a name or an address. */
    public List<OutsideCommand> outside() {
        var lines = new ArrayList<OutsideCommand>();
        for (int i = 0; i < Math.max(outsideNames.size(), outsideEmails.size()); i++) {
            var name = i < outsideNames.size() ? outsideNames.get(i) : null;
            var email = i < outsideEmails.size() ? outsideEmails.get(i) : null;
            if ((name != null && !name.isBlank()) || (email != null && !email.isBlank())) {
                lines.add(new OutsideCommand(name == null ? "" : name.strip(), email == null ? "" : email.strip()));
            }
        }
        return lines;
    }

    /** The form with at least three outside lines, for showing it again. */
    public RoundCommand withBlankLines() {
        var names = new ArrayList<>(outsideNames);
        var emails = new ArrayList<>(outsideEmails);
        while (names.size() < 3 || emails.size() < 3 || names.size() != emails.size()) {
            if (names.size() <= emails.size()) {
                names.add("");
            } else {
                emails.add("");
            }
        }
        return new RoundCommand(title, purpose, opensOn, closesOn, invited, names, emails);
    }
}
