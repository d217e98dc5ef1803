package org.healthengineering.portal.domain.cpdaudit;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditStandardTest {

    @Test
    void hcpcsFiveAreValidStandards() {
        List<AuditStandard> five = AuditStandard.of(AuditStandard.hcpcFive(), "standards");
        assertEquals(List.of("S1", "S2", "S3", "S4", "S5"), five.stream().map(AuditStandard::getCode).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), five.stream().map(AuditStandard::getPosition).toList());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> AuditStandard.of(List.of(
                new AuditStandard.Given("a1", "Keeps a record"),
                new AuditStandard.Given("A1", ""),
                new AuditStandard.Given("far too long a code", "x".repeat(501))), "standards"));
        assertEquals(List.of("standards[1].code", "standards[1].statement", "standards[2].code",
                "standards[2].statement"), refused.getProblems().stream().map(FieldProblem::field).toList());
        assertThrows(InvalidInputException.class, () -> AuditStandard.of(List.of(), "standards"));
    }
}
