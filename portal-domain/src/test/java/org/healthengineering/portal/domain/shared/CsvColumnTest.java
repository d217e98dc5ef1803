package org.healthengineering.portal.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvColumnTest {

    private static final CsvColumn IN_POST = new CsvColumn("in_post_fte", "In post (FTE)");
    private static final CsvColumn QUARTER = new CsvColumn("quarter", "Quarter");

    @Test
    void aColumnIsNamedByItsHeadingOrItsCodeInAnyCaseAndSpacing() {
        for (String given : List.of("In post (FTE)", "in_post_fte", "IN POST FTE", " in-post fte ", "In post, FTE")) {
            assertTrue(IN_POST.isNamedBy(given), given);
        }
        for (String other : List.of("", "in post", "inpostfte", "post_fte", "()")) {
            assertFalse(IN_POST.isNamedBy(other), other);
        }
    }

    @Test
    void findingColumnsKeepsTheFilesOwnHeading() {
        Map<CsvColumn, CsvColumn.Found> found = CsvColumn.find(List.of(QUARTER, IN_POST),
                List.of("Note", " In Post (FTE) ", "quarter"));
        assertEquals(new CsvColumn.Found(1, "In Post (FTE)"), found.get(IN_POST));
        assertEquals(new CsvColumn.Found(2, "quarter"), found.get(QUARTER));
        assertEquals(List.of("Quarter", "In post (FTE)"), CsvColumn.headings(List.of(QUARTER, IN_POST)));
    }

    @Test
    void aValueIsFoundByItsLabelOrItsCode() {
        Map<String, String> names = CsvColumn.byName(Map.of("CE", List.of("Clinical engineers", "CLINICAL_ENGINEER"),
                "M", List.of("Managers", "MANAGER")));
        assertEquals(Optional.of("M"), CsvColumn.valueNamedBy("managers", names));
        assertEquals(Optional.of("CE"), CsvColumn.valueNamedBy("clinical engineers", names));
        assertEquals(Optional.of("CE"), CsvColumn.valueNamedBy("CLINICAL_ENGINEER", names));
        assertEquals(Optional.empty(), CsvColumn.valueNamedBy("Wizards", names));
        assertEquals(Optional.empty(), CsvColumn.valueNamedBy(" ", names));
    }
}
