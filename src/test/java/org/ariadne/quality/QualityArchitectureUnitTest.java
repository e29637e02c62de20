package org.ariadne.quality;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class QualityArchitectureUnitTest {

    /**
     * The rules stay plain Java over the plan records, so that they are tested without a container and can run
     * wherever a PlanTree exists (an import preview, a report); only the facade is a Spring bean.
     */
    @Test
    void theRulesAndTheReportDependOnNoFramework() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ariadne.quality");

        noClasses().that().resideInAPackage("org.ariadne.quality")
                .and().doNotHaveSimpleName("PlanQuality").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..")
                .check(classes);
    }
}
