package org.ariadne.institutions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the administrator sets on a region or municipality; the form binds to this. */
public record TerritorialUnitCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name,
        @NotNull(message = "{validation.required}") TerritorialUnitKind kind,
        Long parentId,
        @Size(max = 200, message = "{validation.size.max}") String nameSq,
        @Size(max = 200, message = "{validation.size.max}") String nameSr,
        @Size(max = 200, message = "{validation.size.max}") String nameMk) {

    public static TerritorialUnitCommand empty() {
        return new TerritorialUnitCommand("", TerritorialUnitKind.REGION, null, "", "", "");
    }
}
