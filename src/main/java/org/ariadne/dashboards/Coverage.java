package org.ariadne.dashboards;

import java.util.List;

import org.ariadne.progress.Achievement;

/**
 * How many activities a progress figure rests on: "based on 52 of 86 activities; 34 not measurable". Activities that
 * cannot be measured or have no data are left out of the average, so the reader must see how many they are.
 */
public record Coverage(int activities, int measured, int notMeasurable, int noData) {

    public static Coverage of(List<Achievement> achievements) {
        int measured = 0;
        int notMeasurable = 0;
        int noData = 0;
        for (var achievement : achievements) {
            switch (achievement.kind()) {
                case MEASURED -> measured++;
                case NOT_MEASURABLE -> notMeasurable++;
                case NO_DATA -> noData++;
            }
        }
        return new Coverage(achievements.size(), measured, notMeasurable, noData);
    }
}
