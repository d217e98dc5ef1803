package org.healthengineering.portal.application.cpd;

import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.shared.CsvWriter;

import java.util.List;
import java.util.function.Function;

/**
 * The portfolio as CSV, one row per activity, for an auditor's spreadsheet: headings and activity types in words,
 * as the PDF has them. Titles, reflections and file names are the engineer's own words, so they go out as guarded
 * text; hours are a number; dates are ISO-8601 days, which spreadsheets read as dates.
 */
final class PortfolioCsv {

    static final List<String> COLUMNS = List.of("Title", "Type", "Start date", "End date", "Hours", "What I learned",
            "How I applied it", "Benefit to patients and service users", "Link", "Evidence files",
            "Verified by the course's provider");

    private PortfolioCsv() {
    }

    /** The activities in order, each with the names of its evidence files joined by "; ". */
    static String write(List<CpdActivity> activities, Function<CpdActivity, List<String>> evidenceFiles) {
        CsvWriter csv = new CsvWriter(COLUMNS);
        for (CpdActivity a : activities) {
            csv.text(a.getTitle()).text(a.getType().getLabel()).text(a.getPeriod().getStart().toString())
                    .text(a.getPeriod().getEnd().toString()).number(a.getHours().getValue())
                    .text(a.getReflection().getLearned()).text(a.getReflection().getApplied())
                    .text(a.getReflection().getBenefit()).text(a.getUrl())
                    .text(String.join("; ", evidenceFiles.apply(a)))
                    .text(a.getVerifiedSource())
                    .endRow();
        }
        return csv.content();
    }
}
