package org.ariadne.victimdata;

/**
 * One category of a dimension as the statistics found it in the register: its key (a year, a code, an institution's
 * id; null for "not recorded") and, where the data name it, its label (a year, a country code, a region, an
 * institution's name); a coded value has no label here, the page words it from {@link StatisticsDimension#valueKey}.
 */
public record StatisticsCategory(String key, String label) {

    public boolean unknown() {
        return key == null;
    }
}
