package org.ariadne.training;

import java.util.List;
import java.util.Map;

/**
 * A year of trainings in figures, for everyone signed in: professionals trained by institution and sex (distinct
 * persons where lists exist), and by target group; no person and no single training's list.
 */
public record TrainingAggregates(int year, Participation all, Map<TargetGroup, Participation> byTargetGroup,
        List<Integer> years) {
}
