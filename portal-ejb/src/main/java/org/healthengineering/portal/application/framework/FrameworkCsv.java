package org.healthengineering.portal.application.framework;

import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.FrameworkPackage;
import org.healthengineering.portal.domain.framework.ImportRefusedException;
import org.healthengineering.portal.domain.framework.PackageProblem;
import org.healthengineering.portal.domain.shared.Csv;
import org.healthengineering.portal.domain.shared.CsvColumn;
import org.healthengineering.portal.domain.shared.CsvWriter;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Frameworks as CSV, one row per node, in the portal's CSV format ({@link Csv}: RFC 4180, UTF-8; text that a
 * spreadsheet could run as a formula goes out behind a {@code '}, which reading takes off again, so an exported
 * framework imports back unchanged). Columns, named in the first row: Parent code, Code, Title, Statement, Type,
 * Sort order, optionally Proficient from and Identifier. Exports write these words; imports also take the codes
 * earlier exports wrote ({@code parent_code, code, title, statement, type, sort_order, proficient_from,
 * identifier}), in any letter case (see {@link CsvColumn}). The framework's own details come with the request; the
 * scale is the portal's default.
 * Without an identifier column, each node's identifier is derived from the framework and node codes, so
 * importing the same file again recognises the same items. Every row has a code (parents are named by it), so a
 * node that came without one (from CASE) is written with the code the portal shows for it.
 */
public final class FrameworkCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final List<CsvColumn> ALL = List.of(new CsvColumn("parent_code", "Parent code"),
            new CsvColumn("code", "Code"), new CsvColumn("title", "Title"), new CsvColumn("statement", "Statement"),
            new CsvColumn("type", "Type"), new CsvColumn("sort_order", "Sort order"),
            new CsvColumn("proficient_from", "Proficient from"), new CsvColumn("identifier", "Identifier"));
    /** The headings an export writes, in order. */
    static final List<String> COLUMNS = CsvColumn.headings(ALL);
    private static final List<CsvColumn> REQUIRED = ALL.subList(0, 6);

    private FrameworkCsv() {
    }

    /** The framework details a CSV file does not carry. */
    public record Details(String code, String title, String publisher, String versionLabel) {
    }

    /**
     * The framework in the file; throws listing every problem, rows that are not valid CSV among them. A cell
     * guarded on export against spreadsheet formulas ({@code '=...}) reads back as it was (see {@link Csv}).
     */
    public static FrameworkPackage read(Reader reader, Details details) {
        Csv.Table table = Csv.read(reader);
        List<PackageProblem> problems = new ArrayList<>();
        table.problems().forEach(p -> problems.add(new PackageProblem("row " + p.row(), p.what())));
        if (table.isEmpty()) {
            throw new ImportRefusedException(List.of(new PackageProblem("row 1", "the file is empty")));
        }
        if (table.header().isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        Map<CsvColumn, CsvColumn.Found> header = CsvColumn.find(ALL, table.header().get().cells());
        List<PackageProblem> missing = REQUIRED.stream().filter(column -> !header.containsKey(column))
                .map(column -> new PackageProblem("row 1", "the column " + column.heading() + " is missing")).toList();
        if (!missing.isEmpty()) {
            problems.addAll(0, missing);
            throw new ImportRefusedException(problems);
        }
        String frameworkCode = details.code() == null ? "" : details.code().trim();
        Map<String, String> identifierByCode = new HashMap<>();
        List<String[]> parsed = new ArrayList<>();
        for (Csv.Row row : table.records()) {
            if (row.cells().size() == 1 && row.isBlank()) {
                continue;
            }
            String[] values = new String[ALL.size() + 1];
            for (int i = 0; i < ALL.size(); i++) {
                CsvColumn.Found found = header.get(ALL.get(i));
                values[i] = found != null && found.index() < row.cells().size() ? row.cell(found.index()).trim()
                        : null;
            }
            values[ALL.size()] = "row " + row.number();
            String code = values[1];
            String identifier = values[7] == null || values[7].isBlank()
                    ? UUID.nameUUIDFromBytes((frameworkCode + "/" + code).getBytes(StandardCharsets.UTF_8)).toString()
                    : values[7];
            values[7] = identifier;
            if (code != null && !code.isBlank()) {
                identifierByCode.putIfAbsent(code, identifier);
            }
            parsed.add(values);
        }
        if (parsed.size() > Framework.MAX_COMPETENCIES) {
            // Checking every row of a file that cannot be imported anyway would only bury this one reason.
            throw new ImportRefusedException(List.of(new PackageProblem("document",
                    FrameworkPackage.tooManyItems(parsed.size()))));
        }
        List<FrameworkPackage.Node> nodes = new ArrayList<>();
        Map<String, String> rowByIdentifier = new HashMap<>();
        for (String[] values : parsed) {
            rowByIdentifier.putIfAbsent(values[7], values[ALL.size()]);
            String where = values[ALL.size()];
            String parentCode = values[0];
            String parentIdentifier = null;
            if (parentCode != null && !parentCode.isBlank()) {
                parentIdentifier = identifierByCode.get(parentCode);
                if (parentIdentifier == null) {
                    problems.add(new PackageProblem(where, header.get(ALL.get(0)).given() + " " + parentCode
                            + " is not the code of any row"));
                }
            }
            Integer order = integer(values[5], where, header.get(ALL.get(5)), problems);
            Integer proficientFrom = integer(values[6], where, header.get(ALL.get(6)), problems);
            // A CSV row must give its code: an empty one is a problem, never a code made from the identifier.
            nodes.add(new FrameworkPackage.Node(values[7], null, parentIdentifier, values[1] == null ? "" : values[1],
                    values[2], values[3], values[4], order == null ? 0 : order, proficientFrom));
        }
        FrameworkPackage.Header frameworkHeader = new FrameworkPackage.Header(
                UUID.nameUUIDFromBytes(("framework/" + frameworkCode).getBytes(StandardCharsets.UTF_8)).toString(),
                null, details.code(), details.title(), details.publisher(), null, null, details.versionLabel(), 3,
                org.healthengineering.portal.domain.framework.FrameworkStatus.DRAFT);
        FrameworkPackage pkg = new FrameworkPackage(frameworkHeader, DefaultScale.LEVELS, nodes, List.of());
        for (PackageProblem problem : pkg.problems()) {
            String where = rowByIdentifier.getOrDefault(problem.where(), problem.where());
            if (problems.stream().noneMatch(p -> p.where().equals(where) && p.what().contains("parent"))
                    || !problem.what().contains("parent")) {
                problems.add(new PackageProblem(where, problem.what()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        return pkg;
    }

    /** The framework's nodes, parents before their children; text is guarded against spreadsheet formulas. */
    public static String write(FrameworkPackage pkg) {
        Map<String, String> codeByIdentifier = new HashMap<>();
        pkg.nodes().forEach(n -> codeByIdentifier.put(n.identifier(), n.shownCode()));
        CsvWriter csv = new CsvWriter(COLUMNS);
        for (FrameworkPackage.Node node : pkg.nodes()) {
            csv.text(node.parentIdentifier() == null ? null : codeByIdentifier.get(node.parentIdentifier()))
                    .text(node.shownCode()).text(node.title()).text(node.statement()).text(node.itemType())
                    .number(node.sortOrder()).number(node.proficientFrom()).text(node.identifier())
                    .endRow();
        }
        return csv.content();
    }

    /** A whole number from a cell of {@code column} (as the file's header names it). */
    private static Integer integer(String text, String where, CsvColumn.Found column, List<PackageProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            problems.add(new PackageProblem(where, column.given() + " \"" + text + "\" is not a whole number"));
            return null;
        }
    }

}
