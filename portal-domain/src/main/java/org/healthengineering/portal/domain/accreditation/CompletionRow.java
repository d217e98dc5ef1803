package org.healthengineering.portal.domain.accreditation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One completion as a provider gives it: who (by email), when, and how many hours they attended. {@code where}
 * names the row in problems: {@code rows[3].} for JSON, {@code row 5, } for a CSV file (a field or column follows).
 */
public record CompletionRow(String where, String email, LocalDate completedOn, BigDecimal hours) {
}
