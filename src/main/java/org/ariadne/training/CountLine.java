package org.ariadne.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** One line of participants counted: an institution, a role, how many women and men. A blank line is none. */
public record CountLine(Long institutionId, @Size(max = 200, message = "{validation.size.max}") String role,
        @Min(value = 0, message = "{training.validation.count}") @Max(value = 100000, message = "{training.validation.count}") Integer women,
        @Min(value = 0, message = "{training.validation.count}") @Max(value = 100000, message = "{training.validation.count}") Integer men) {

    boolean isBlank() {
        return institutionId == null && (role == null || role.isBlank()) && women == null && men == null;
    }
}
