/**
 * Where the plan stands: indicator achievement against baseline and target, activity progress from status and
 * indicators, and the roll-up to objectives and the plan, each with the method written down for the reader
 * ({@link org.ariadne.progress.ProgressRules}). Values come from accepted reports only unless asked otherwise.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress",
        allowedDependencies = {"common", "plan :: api", "reporting :: api", "institutions"})
package org.ariadne.progress;
