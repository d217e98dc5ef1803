package org.healthengineering.portal.domain.eligibility;

import java.io.Serializable;
import java.util.List;

/**
 * One criterion judged.
 *
 * @param criterion   the criterion
 * @param requirement what it asks, in words ({@link Criterion#describe})
 * @param outcome     met and verified, met on the engineer's word, not met, or for a person to judge
 * @param reason      why, in plain sentences: "Held since 3 May 2019, verified by Dev Mentor on 4 Jun 2024."
 * @param records     the records the finding rests on, for a page to link; empty when there are none
 */
public record Finding(Criterion criterion, String requirement, FindingOutcome outcome, String reason,
                      List<RecordRef> records) implements Serializable {

    public Finding {
        records = List.copyOf(records);
    }
}
