package org.ariadne.search.web;

import java.util.Locale;

import org.ariadne.search.SiteSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search box's page: what the reader may open, grouped by kind, for what they typed. */
@Controller
class SearchController {

    private final SiteSearch search;

    SearchController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false, defaultValue = "") String query, Locale locale,
            Model model) {
        var text = query.length() > 200 ? query.substring(0, 200) : query;
        model.addAttribute("searchQuery", text);
        model.addAttribute("results", search.search(text, locale));
        return "search/results";
    }
}
