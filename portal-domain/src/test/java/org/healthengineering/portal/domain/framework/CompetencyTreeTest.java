package org.healthengineering.portal.domain.framework;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompetencyTreeTest {

    /** A stored competency: the database gives ids, so the test sets one as it would. */
    static Competency competency(long id, Long parentId, String code, int sortOrder) {
        Competency competency = new Competency(1L, parentId, new FrameworkPackage.Node("id-" + id, null, null, code,
                "Title " + code, "Statement " + code, "Competency", sortOrder, null));
        try {
            Field field = Competency.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(competency, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return competency;
    }

    @Test
    void childrenFollowTheirParentInSortOrderWithTheirDepth() {
        List<Competency> stored = List.of(competency(5, 1L, "A.2", 2), competency(2, null, "B", 2),
                competency(1, null, "A", 1), competency(4, 1L, "A.1", 1), competency(6, 4L, "A.1.1", 1));
        List<String> rows = CompetencyTree.of(stored).flatten().stream()
                .map(row -> row.competency().getCode() + "@" + row.depth()).toList();
        assertEquals(List.of("A@0", "A.1@1", "A.1.1@2", "A.2@1", "B@0"), rows);
        CompetencyTree tree = CompetencyTree.of(stored);
        assertEquals(List.of("A", "B"), tree.roots().stream().map(b -> b.competency().getCode()).toList());
        assertEquals(List.of("A.1", "A.2"), tree.roots().get(0).children().stream()
                .map(b -> b.competency().getCode()).toList());
    }

    @Test
    void aVeryDeepTreeIsBuiltAndWalkedWithoutRunningOutOfStack() {
        int depth = 200_000;
        List<Competency> chain = new ArrayList<>();
        for (int i = 1; i <= depth; i++) {
            chain.add(competency(i, i == 1 ? null : (long) (i - 1), "C" + i, 1));
        }
        List<CompetencyTree.Row> rows = CompetencyTree.of(chain).flatten();
        assertEquals(depth, rows.size());
        assertEquals("C" + depth, rows.get(depth - 1).competency().getCode());
        assertEquals(depth - 1, rows.get(depth - 1).depth());
    }
}
