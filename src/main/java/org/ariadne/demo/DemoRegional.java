package org.ariadne.demo;

import java.util.EnumSet;
import java.util.List;

import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.plan.Direction;
import org.ariadne.regional.MappingCommand;
import org.ariadne.regional.RegionalIndicatorCommand;
import org.ariadne.regional.RegionalIndicators;
import org.ariadne.regional.RegionalMapping;
import org.ariadne.security.Participants;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.springframework.stereotype.Component;

/**
 * The regional body's part of the demo (issue 19 item 2): a small regional indicator set kept by the regional officer,
 * and each participant's officer mapping its national indicators onto it, so that the regional comparison shows Kosovo*
 * and Albania side by side. One regional indicator is left unmapped by Albania, as happens.
 */
@Component
class DemoRegional {

    private final RegionalIndicators indicators;
    private final RegionalMapping mapping;
    private final Participants participants;

    DemoRegional(RegionalIndicators indicators, RegionalMapping mapping, Participants participants) {
        this.indicators = indicators;
        this.mapping = mapping;
        this.participants = participants;
    }

    /** Writes the set and the mappings; returns how many mappings were made. */
    int load() {
        long identified = SystemTasks.callAs("regional.officer", null, null, EnumSet.of(Role.REGIONAL_OFFICER),
                () -> indicators.create(new RegionalIndicatorCommand("R-1", "Victims identified",
                        "Viktima të identifikuara", "Identifikovane žrtve", "Идентификувани жртви", "persons",
                        Direction.INCREASE)));
        long reached = SystemTasks.callAs("regional.officer", null, null, EnumSet.of(Role.REGIONAL_OFFICER),
                () -> indicators.create(new RegionalIndicatorCommand("R-2", "People reached by prevention campaigns",
                        "Njerëz të arritur nga fushatat parandaluese", "Osobe obuhvaćene preventivnim kampanjama",
                        "Лица опфатени со превентивни кампањи", "persons", Direction.INCREASE)));
        int mapped = 0;
        mapped += map(ParticipantScope.HOME, identified, "Number of Kosovo citizens identified as victims of trafficking");
        mapped += map(ParticipantScope.HOME, reached, "Number of people and institutions reached through the campaign");
        long albania = participants.byCode(DemoSecondParticipant.CODE).orElseThrow().id();
        mapped += map(albania, identified, "Number of victims and potential victims identified");
        return mapped;
    }

    /** The participant's M&E officer maps the indicator of its national plan with this name, if there is one. */
    private int map(long participant, long regionalIndicator, String indicatorName) {
        return SystemTasks.callAs("officer", null, participant, EnumSet.of(Role.ME_OFFICER), () -> {
            List<org.ariadne.regional.IndicatorChoice> choices = mapping.choices();
            var choice = choices.stream().filter(c -> c.name().equals(indicatorName)).findFirst();
            choice.ifPresent(found -> mapping.map(new MappingCommand(regionalIndicator, found.id())));
            return choice.isPresent() ? 1 : 0;
        });
    }
}
