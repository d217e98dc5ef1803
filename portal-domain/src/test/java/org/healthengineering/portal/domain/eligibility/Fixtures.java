package org.healthengineering.portal.domain.eligibility;

import org.healthengineering.portal.domain.assessment.AssessmentSource;
import org.healthengineering.portal.domain.readiness.ReadinessCalculator.CompetencyName;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Names and facts made up by hand for the engine's tests. */
final class Fixtures {

    static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    static final long ENGINEER = 1, MENTOR = 50, ASSESSOR = 51;
    static final long CENG = 1, IENG = 2;
    static final long IMECHE = 7, IHEEM = 8;

    static final EligibilityEngine.Names NAMES = new EligibilityEngine.Names() {
        @Override
        public String qualification(long id) {
            return Map.of(CENG, "CEng", IENG, "IEng").getOrDefault(id, "qualification " + id);
        }

        @Override
        public String body(long id) {
            return Map.of(IMECHE, "IMechE", IHEEM, "IHEEM").getOrDefault(id, "body " + id);
        }

        @Override
        public CompetencyName competency(long id) {
            return new CompetencyName("C" + id, "Competency " + id, "Framework " + id / 100);
        }

        @Override
        public String role(String code) {
            return Map.of("CHE", "Chief Healthcare Engineer").getOrDefault(code, code);
        }

        @Override
        public String account(long id) {
            return Map.of(ENGINEER, "Eve Engineer", MENTOR, "Dev Mentor", ASSESSOR, "Ann Assessor")
                    .getOrDefault(id, "account " + id);
        }
    };

    private Fixtures() {
    }

    static Finding judge(Criterion criterion, EligibilityFacts facts) {
        return judge(criterion, facts, DAY);
    }

    static Finding judge(Criterion criterion, EligibilityFacts facts, LocalDate day) {
        List<Finding> findings = EligibilityEngine.judge(List.of(criterion), facts, day, NAMES);
        return findings.get(0);
    }

    /** The engineer's own assessment. */
    static EligibilityFacts.AssessedLevel self(int level, long assessmentId) {
        return new EligibilityFacts.AssessedLevel(level, assessmentId, AssessmentSource.SELF, ENGINEER,
                LocalDate.of(2025, 1, 10));
    }

    /** A mentor's verification on 4 Jun 2024. */
    static EligibilityFacts.AssessedLevel mentor(int level, long assessmentId) {
        return new EligibilityFacts.AssessedLevel(level, assessmentId, AssessmentSource.MENTOR, MENTOR,
                LocalDate.of(2024, 6, 4));
    }

    static List<String> ids(Finding finding) {
        return finding.records().stream().map(r -> r.kind() + ":" + r.id()).toList();
    }
}
