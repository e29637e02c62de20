/**
 * One search box for the whole application (issue 13, item 7): plan elements by code or words, institutions,
 * progress reports and people. Each module that owns searchable records answers for them through the named
 * interface {@code search :: spi} ({@link org.ariadne.search.SearchSource}), applying its own read rules, so a search
 * never shows what the reader could not open; this module only folds the query, asks every source and groups what they
 * found. The victim register answers no search: its cases are opened from the register only.
 *
 * <p>Front door: {@link org.ariadne.search.SiteSearch} for this module's page; {@code search :: spi} for the
 * sources.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = {"common"})
package org.ariadne.search;
