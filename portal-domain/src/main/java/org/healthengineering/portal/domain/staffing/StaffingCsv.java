package org.healthengineering.portal.domain.staffing;

import org.healthengineering.portal.domain.shared.Csv;
import org.healthengineering.portal.domain.shared.CsvWriter;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The staffing-return CSV: a header row with {@link #COLUMNS} (in any order), then one row per hospital, quarter
 * and staff group. Every quarter given for a hospital needs all six staff groups. Reading collects every problem
 * of every row before refusing, so one upload tells the whole story.
 */
public final class StaffingCsv {

    public static final List<String> COLUMNS = List.of("hospital_code", "quarter", "staff_group", "establishment_fte",
            "in_post_fte", "vacancy_fte", "agency_fte", "leavers", "headcount_under_35", "headcount_35_to_54",
            "headcount_55_plus");

    /** The columns that carry each figure, by the field names {@link StaffingLine.Figures#problems} uses. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("staffGroup", "staff_group",
            "establishmentFte", "establishment_fte", "inPostFte", "in_post_fte", "vacancyFte", "vacancy_fte",
            "agencyFte", "agency_fte", "leavers", "leavers", "headcountUnder35", "headcount_under_35",
            "headcount35To54", "headcount_35_to_54", "headcount55Plus", "headcount_55_plus");

    /** One hospital's return for one quarter, as read from the file; {@code firstRow} counts the header as 1. */
    public record QuarterReturn(String hospitalCode, Quarter quarter, int firstRow, List<StaffingLine.Figures> lines) {
    }

    private StaffingCsv() {
    }

    /**
     * The returns in the file, in the order they first appear; throws listing every problem if there is any,
     * rows that are not valid CSV among them (see {@link Csv#read}).
     */
    public static List<QuarterReturn> read(Reader reader) {
        Csv.Table table = Csv.read(reader);
        List<UploadRefusedException.RowProblem> problems = new ArrayList<>();
        table.problems().forEach(p -> problems.add(new UploadRefusedException.RowProblem("row " + p.row(), p.what())));
        if (table.isEmpty()) {
            throw refused("file", "The file is empty; the first row names the columns: " + String.join(",", COLUMNS));
        }
        if (table.header().isEmpty()) {
            throw new UploadRefusedException(problems);
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> header = table.header().get().cells();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(0, new UploadRefusedException.RowProblem("row 1", "Missing column(s) "
                    + String.join(", ", missing) + "; the first row names the columns: " + String.join(",", COLUMNS)));
            throw new UploadRefusedException(problems);
        }
        Map<String, QuarterReturn> returns = new LinkedHashMap<>();
        for (Csv.Row row : table.records()) {
            int rowNumber = Math.toIntExact(row.number());
            if (row.isBlank()) {
                continue;
            }
            String where = "row " + rowNumber;
            String code = cell(row, index, "hospital_code").toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                problems.add(new UploadRefusedException.RowProblem(where + ", hospital_code", "Give the hospital's code."));
            }
            Quarter quarter = null;
            try {
                quarter = Quarter.parse(cell(row, index, "quarter"), "quarter");
            } catch (InvalidInputException e) {
                problems.add(new UploadRefusedException.RowProblem(where + ", quarter",
                        e.getProblems().get(0).message()));
            }
            List<FieldProblem> cellProblems = new ArrayList<>();
            StaffingLine.Figures figures = new StaffingLine.Figures(
                    group(cell(row, index, "staff_group"), cellProblems),
                    fte(row, index, "establishment_fte", cellProblems), fte(row, index, "in_post_fte", cellProblems),
                    fte(row, index, "vacancy_fte", cellProblems), fte(row, index, "agency_fte", cellProblems),
                    count(row, index, "leavers", cellProblems), count(row, index, "headcount_under_35", cellProblems),
                    count(row, index, "headcount_35_to_54", cellProblems),
                    count(row, index, "headcount_55_plus", cellProblems));
            List<String> unreadable = cellProblems.stream().map(FieldProblem::field).toList();
            cellProblems.addAll(figures.problems("").stream()
                    .filter(p -> !unreadable.contains(COLUMN_OF_FIELD.getOrDefault(p.field(), p.field())))
                    .map(p -> new FieldProblem(COLUMN_OF_FIELD.getOrDefault(p.field(), p.field()), p.message()))
                    .toList());
            cellProblems.forEach(p -> problems.add(new UploadRefusedException.RowProblem(where + ", " + p.field(),
                    p.message())));
            if (code.isEmpty() || quarter == null) {
                continue;
            }
            String key = code + " " + quarter;
            QuarterReturn quarterReturn = returns.computeIfAbsent(key,
                    k -> new QuarterReturn(code, Quarter.parse(cell(row, index, "quarter"), "quarter"), rowNumber,
                            new ArrayList<>()));
            if (figures.group() != null && quarterReturn.lines().stream().anyMatch(l -> l.group() == figures.group())) {
                problems.add(new UploadRefusedException.RowProblem(where + ", staff_group", code + " " + quarter
                        + " already has a row for " + figures.group().name() + "."));
            }
            quarterReturn.lines().add(figures);
        }
        for (QuarterReturn quarterReturn : returns.values()) {
            List<String> absent = java.util.Arrays.stream(StaffGroup.values())
                    .filter(g -> quarterReturn.lines().stream().noneMatch(l -> l.group() == g)).map(Enum::name).toList();
            if (!absent.isEmpty()) {
                problems.add(new UploadRefusedException.RowProblem("row " + quarterReturn.firstRow(),
                        quarterReturn.hospitalCode() + " " + quarterReturn.quarter() + " needs a row for every staff"
                                + " group (zeros for one you do not employ); missing " + String.join(", ", absent) + "."));
            }
        }
        if (returns.isEmpty() && problems.isEmpty()) {
            problems.add(new UploadRefusedException.RowProblem("file", "The file has a header but no rows."));
        }
        if (!problems.isEmpty()) {
            throw new UploadRefusedException(problems);
        }
        return List.copyOf(returns.values());
    }

    /** A template: the header and six zero rows for one hospital and quarter. */
    public static String template(String hospitalCode, Quarter quarter) {
        CsvWriter csv = new CsvWriter(COLUMNS);
        for (StaffGroup group : StaffGroup.values()) {
            csv.text(hospitalCode).text(quarter.toString()).text(group.name());
            COLUMNS.subList(3, COLUMNS.size()).forEach(figure -> csv.number(0));
            csv.endRow();
        }
        return csv.content();
    }

    private static UploadRefusedException refused(String where, String what) {
        return new UploadRefusedException(List.of(new UploadRefusedException.RowProblem(where, what)));
    }

    private static String cell(Csv.Row row, Map<String, Integer> index, String column) {
        return row.cell(index.get(column)).trim();
    }

    private static StaffGroup group(String text, List<FieldProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return StaffGroup.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("staff_group", "\"" + text + "\" is not a staff group; use one of "
                    + String.join(", ", java.util.Arrays.stream(StaffGroup.values()).map(Enum::name).toList()) + "."));
            return null;
        }
    }

    private static BigDecimal fte(Csv.Row row, Map<String, Integer> index, String column,
                                  List<FieldProblem> problems) {
        String text = cell(row, index, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(column, "\"" + text + "\" is not a number of FTE (such as 12.5)."));
            return null;
        }
    }

    private static Integer count(Csv.Row row, Map<String, Integer> index, String column,
                                 List<FieldProblem> problems) {
        String text = cell(row, index, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(column, "\"" + text + "\" is not a whole number."));
            return null;
        }
    }
}
