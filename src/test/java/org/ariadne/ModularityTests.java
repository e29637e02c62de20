package org.ariadne;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module boundaries written down in the README: each module uses only the public types of the modules
 * its package-info allows, and there are no cycles. Also writes the module diagram to target/spring-modulith-docs.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AriadneApplication.class);

    @Test
    void modulesOnlyUseWhatTheyDeclare() {
        modules.verify();
    }

    /**
     * Controllers sit in {@code web} packages, so much of a module root is public for its own pages only. A module
     * that names its front door ({@code @NamedInterface} on its facades and events; the records in their signatures
     * come along) is used through that door only: another module allowed the plain module name would again reach
     * everything public in its root.
     */
    @Test
    void modulesWithAFrontDoorAreUsedThroughIt() {
        modules.forEach(module -> module.getAllowedDependencies(modules).stream()
                .filter(dependency -> dependency.getTargetModule().getNamedInterfaces().hasExplicitInterfaces())
                .forEach(dependency -> {
                    var target = dependency.getTargetNamedInterface();
                    assertThat(target != null && target.isNamed())
                            .as("%s may use %s through a named interface (%s :: <name>), not its whole root",
                                    module.getIdentifier(), dependency.getTargetModule().getIdentifier(),
                                    dependency.getTargetModule().getIdentifier())
                            .isTrue();
                }));
    }

    @Test
    void writeModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
