package org.healthengineering.portal.application.home;

import org.healthengineering.portal.domain.readiness.RoleReadiness;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HomesTest {

    private static RoleReadiness role(String code, int percent) {
        return new RoleReadiness(code, "Role " + code, percent, List.of());
    }

    @Test
    void theClosestRoleIsTheMostReadyOfThoseNotYetReachedAndTheFirstListedOfEquals() {
        assertEquals("B", Homes.closest(List.of(role("A", 40), role("B", 75), role("C", 75), role("D", 100)))
                .roleCode());
        assertEquals("A", Homes.closest(List.of(role("A", 100), role("B", 100))).roleCode(),
                "every role reached: the first");
        assertEquals("A", Homes.closest(List.of(role("A", 0), role("B", 0))).roleCode());
    }
}
