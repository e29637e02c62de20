package org.ariadne.dashboards.web;

import org.ariadne.dashboards.DashboardFilter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The filters of a dashboard as they arrive in the address (a plain GET form), and the download asked for:
 * {@code ?year=2024&area=PROTECTION&institution=7&submitted=true&download=csv&chart=statuses}.
 */
record DashboardQuery(Integer year, String area, Long institution, Boolean submitted, String download,
        String chart) {

    DashboardFilter filter() {
        return new DashboardFilter(year, area == null || area.isBlank() ? null : area, institution, Boolean.TRUE.equals(submitted));
    }

    public boolean includeSubmitted() {
        return Boolean.TRUE.equals(submitted);
    }

    /** The filters as they would be written back into a link, with the year that was actually shown. */
    MultiValueMap<String, String> parameters(Integer shownYear) {
        var parameters = new LinkedMultiValueMap<String, String>();
        if (shownYear != null) {
            parameters.add("year", shownYear.toString());
        }
        if (area != null && !area.isBlank()) {
            parameters.add("area", area);
        }
        if (institution != null) {
            parameters.add("institution", institution.toString());
        }
        if (includeSubmitted()) {
            parameters.add("submitted", "true");
        }
        return parameters;
    }
}
