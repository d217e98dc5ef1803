package org.healthengineering.portal.domain.staffing;

import org.healthengineering.portal.domain.shared.Csv;
import org.healthengineering.portal.domain.shared.CsvColumn;
import org.healthengineering.portal.domain.shared.CsvWriter;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The staffing-return CSV: a header row naming the columns (in any order), then one row per hospital, quarter and
 * staff group. Every quarter given for a hospital needs all six staff groups. Reading collects every problem of
 * every row before refusing, so one upload tells the whole story.
 * <p>
 * The template is written for people: headings in words ("In post (FTE)") and staff groups by name ("Clinical
 * engineers"). Reading takes those and also the codes earlier files used ({@code in_post_fte},
 * {@code CLINICAL_ENGINEER}), so a file made from an old template still imports. A problem names the column as the
 * file's own header row does.
 */
public final class StaffingCsv {

    private static final CsvColumn HOSPITAL = new CsvColumn("hospital_code", "Hospital code");
    private static final CsvColumn QUARTER = new CsvColumn("quarter", "Quarter");
    private static final CsvColumn GROUP = new CsvColumn("staff_group", "Staff group");
    private static final CsvColumn ESTABLISHMENT = new CsvColumn("establishment_fte", "Establishment (FTE)");
    private static final CsvColumn IN_POST = new CsvColumn("in_post_fte", "In post (FTE)");
    private static final CsvColumn VACANT = new CsvColumn("vacancy_fte", "Vacant (FTE)");
    private static final CsvColumn AGENCY = new CsvColumn("agency_fte", "Agency (FTE)");
    private static final CsvColumn LEAVERS = new CsvColumn("leavers", "Leavers in the quarter");
    private static final CsvColumn UNDER_35 = new CsvColumn("headcount_under_35", "Headcount under 35");
    private static final CsvColumn FROM_35_TO_54 = new CsvColumn("headcount_35_to_54", "Headcount 35 to 54");
    private static final CsvColumn FROM_55 = new CsvColumn("headcount_55_plus", "Headcount 55 and over");

    static final List<CsvColumn> ALL = List.of(HOSPITAL, QUARTER, GROUP, ESTABLISHMENT, IN_POST, VACANT, AGENCY,
            LEAVERS, UNDER_35, FROM_35_TO_54, FROM_55);

    /** The headings the template writes, in its order. */
    public static final List<String> COLUMNS = CsvColumn.headings(ALL);

    /** The columns that carry each figure, by the field names {@link StaffingLine.Figures#problems} uses. */
    private static final Map<String, CsvColumn> COLUMN_OF_FIELD = Map.of("staffGroup", GROUP,
            "establishmentFte", ESTABLISHMENT, "inPostFte", IN_POST, "vacancyFte", VACANT, "agencyFte", AGENCY,
            "leavers", LEAVERS, "headcountUnder35", UNDER_35, "headcount35To54", FROM_35_TO_54,
            "headcount55Plus", FROM_55);

    /** Each staff group by the names a file may give it: its label and its code. */
    private static final Map<String, StaffGroup> GROUP_BY_NAME = CsvColumn.byName(java.util.Arrays
            .stream(StaffGroup.values()).collect(java.util.stream.Collectors.toMap(g -> g,
                    g -> List.of(g.getLabel(), g.name()))));

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
        Map<CsvColumn, CsvColumn.Found> index = CsvColumn.find(ALL, table.header().get().cells());
        List<String> missing = ALL.stream().filter(c -> !index.containsKey(c)).map(CsvColumn::heading).toList();
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
            String code = cell(row, index, HOSPITAL).toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                problems.add(new UploadRefusedException.RowProblem(where + ", " + given(index, HOSPITAL),
                        "Give the hospital's code."));
            }
            Quarter quarter = null;
            try {
                quarter = Quarter.parse(cell(row, index, QUARTER), "quarter");
            } catch (InvalidInputException e) {
                problems.add(new UploadRefusedException.RowProblem(where + ", " + given(index, QUARTER),
                        e.getProblems().get(0).message()));
            }
            List<FieldProblem> cellProblems = new ArrayList<>();
            StaffingLine.Figures figures = new StaffingLine.Figures(
                    group(cell(row, index, GROUP), given(index, GROUP), cellProblems),
                    fte(row, index, ESTABLISHMENT, cellProblems), fte(row, index, IN_POST, cellProblems),
                    fte(row, index, VACANT, cellProblems), fte(row, index, AGENCY, cellProblems),
                    count(row, index, LEAVERS, cellProblems), count(row, index, UNDER_35, cellProblems),
                    count(row, index, FROM_35_TO_54, cellProblems), count(row, index, FROM_55, cellProblems));
            List<String> unreadable = cellProblems.stream().map(FieldProblem::field).toList();
            cellProblems.addAll(figures.problems("").stream()
                    .map(p -> new FieldProblem(COLUMN_OF_FIELD.containsKey(p.field())
                            ? given(index, COLUMN_OF_FIELD.get(p.field())) : p.field(), p.message()))
                    .filter(p -> !unreadable.contains(p.field()))
                    .toList());
            cellProblems.forEach(p -> problems.add(new UploadRefusedException.RowProblem(where + ", " + p.field(),
                    p.message())));
            if (code.isEmpty() || quarter == null) {
                continue;
            }
            String key = code + " " + quarter;
            Quarter ofRow = quarter;
            QuarterReturn quarterReturn = returns.computeIfAbsent(key,
                    k -> new QuarterReturn(code, ofRow, rowNumber, new ArrayList<>()));
            if (figures.group() != null && quarterReturn.lines().stream().anyMatch(l -> l.group() == figures.group())) {
                problems.add(new UploadRefusedException.RowProblem(where + ", " + given(index, GROUP), code + " "
                        + quarter + " already has a row for " + figures.group().getLabel().toLowerCase(Locale.ROOT)
                        + "."));
            }
            quarterReturn.lines().add(figures);
        }
        for (QuarterReturn quarterReturn : returns.values()) {
            List<String> absent = java.util.Arrays.stream(StaffGroup.values())
                    .filter(g -> quarterReturn.lines().stream().noneMatch(l -> l.group() == g))
                    .map(StaffGroup::getLabel).toList();
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

    /** A template: the header and six zero rows for one hospital and quarter, staff groups by name. */
    public static String template(String hospitalCode, Quarter quarter) {
        CsvWriter csv = new CsvWriter(COLUMNS);
        for (StaffGroup group : StaffGroup.values()) {
            csv.text(hospitalCode).text(quarter.toString()).text(group.getLabel());
            COLUMNS.subList(3, COLUMNS.size()).forEach(figure -> csv.number(0));
            csv.endRow();
        }
        return csv.content();
    }

    private static UploadRefusedException refused(String where, String what) {
        return new UploadRefusedException(List.of(new UploadRefusedException.RowProblem(where, what)));
    }

    private static String cell(Csv.Row row, Map<CsvColumn, CsvColumn.Found> index, CsvColumn column) {
        return row.cell(index.get(column).index()).trim();
    }

    /** The column as the file's header names it. */
    private static String given(Map<CsvColumn, CsvColumn.Found> index, CsvColumn column) {
        return index.get(column).given();
    }

    private static StaffGroup group(String text, String column, List<FieldProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        return CsvColumn.valueNamedBy(text, GROUP_BY_NAME).orElseGet(() -> {
            problems.add(new FieldProblem(column, "\"" + text + "\" is not a staff group; use one of "
                    + String.join(", ", java.util.Arrays.stream(StaffGroup.values()).map(StaffGroup::getLabel)
                    .toList()) + "."));
            return null;
        });
    }

    private static BigDecimal fte(Csv.Row row, Map<CsvColumn, CsvColumn.Found> index, CsvColumn column,
                                  List<FieldProblem> problems) {
        String text = cell(row, index, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(given(index, column), "\"" + text + "\" is not a number of FTE (such as 12.5)."));
            return null;
        }
    }

    private static Integer count(Csv.Row row, Map<CsvColumn, CsvColumn.Found> index, CsvColumn column,
                                 List<FieldProblem> problems) {
        String text = cell(row, index, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(given(index, column), "\"" + text + "\" is not a whole number."));
            return null;
        }
    }
}
