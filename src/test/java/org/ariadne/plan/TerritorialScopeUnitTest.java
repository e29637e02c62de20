package org.ariadne.plan;

import java.util.Optional;
import java.util.Set;

import org.ariadne.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The territorial rule of issue 19, alone: who is narrowed to a unit, what they read and what they manage. */
class TerritorialScopeUnitTest {

    private static final long PRIZREN = 1;
    private static final long GJAKOVA = 2;
    private static final long PEJA = 3;
    /** A coordinator of the Prizren region works for the region and the municipalities below it. */
    private static final Set<Long> PRIZREN_AND_BELOW = Set.of(PRIZREN, GJAKOVA);

    @Test
    void aLocalCoordinatorIsNarrowedToItsUnitButNationalRolesAreNot() {
        assertThat(TerritorialScope.narrowed(Set.of(Role.LOCAL_COORDINATOR))).isTrue();
        assertThat(TerritorialScope.narrowed(Set.of(Role.LOCAL_COORDINATOR, Role.ME_OFFICER))).isFalse();
        assertThat(TerritorialScope.narrowed(Set.of(Role.ME_OFFICER))).isFalse();
        assertThat(TerritorialScope.narrowed(Set.of(Role.MEMBER))).isFalse();
    }

    @Test
    void aLocalCoordinatorReadsTheNationalPlanAndThePlansOfItsUnitAndTheUnitsBelow() {
        assertThat(TerritorialScope.readable(Optional.empty(), PRIZREN_AND_BELOW)).as("national plan").isTrue();
        assertThat(TerritorialScope.readable(Optional.of(PRIZREN), PRIZREN_AND_BELOW)).as("regional plan").isTrue();
        assertThat(TerritorialScope.readable(Optional.of(GJAKOVA), PRIZREN_AND_BELOW)).as("municipal plan").isTrue();
        assertThat(TerritorialScope.readable(Optional.of(PEJA), PRIZREN_AND_BELOW)).as("another region's plan").isFalse();
    }

    @Test
    void aLocalCoordinatorManagesOnlyItsUnitsPlansNeverTheNationalOne() {
        assertThat(TerritorialScope.manageable(Optional.of(GJAKOVA), PRIZREN_AND_BELOW)).isTrue();
        assertThat(TerritorialScope.manageable(Optional.empty(), PRIZREN_AND_BELOW)).isFalse();
        assertThat(TerritorialScope.manageable(Optional.of(PEJA), PRIZREN_AND_BELOW)).isFalse();
        assertThat(TerritorialScope.manageable(Optional.of(PEJA), Set.of())).as("no unit on the account").isFalse();
    }
}
