package org.healthengineering.portal.domain.framework;

import org.healthengineering.portal.domain.eligibility.RollUpKind;
import org.healthengineering.portal.domain.eligibility.RollUpRule;
import org.healthengineering.portal.domain.shared.FieldProblem;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A whole framework as interchange files carry it (CASE CFPackage or CSV), independent of the database: read a
 * file into one, check it with {@link #problems()}, and only then store it; or build one from a stored framework
 * and write it out.
 *
 * @param header       the framework's own details
 * @param levels       the proficiency scale
 * @param nodes        every node of the tree, parents before or after children in any order
 * @param associations cross-walks from nodes of this package to nodes of other frameworks
 */
public record FrameworkPackage(Header header, List<Level> levels, List<Node> nodes, List<Association> associations) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]*");
    private static final int IDENTIFIER_LENGTH = 64;
    private static final int URI_LENGTH = 500;
    private static final int LONG_TEXT_LENGTH = 20_000;
    private static final int TEXT_BYTES = 65_535;

    public FrameworkPackage {
        levels = List.copyOf(levels);
        nodes = List.copyOf(nodes);
        associations = List.copyOf(associations);
    }

    /** The framework's own details. */
    public record Header(String identifier, String uri, String code, String title, String publisher,
                         String description, String licence, String versionLabel, int proficientFrom,
                         FrameworkStatus status) {
    }

    /** A level of the proficiency scale. */
    public record Level(int level, String label, String description) {
    }

    /**
     * A node of the tree; {@code parentIdentifier} is {@code null} for a top-level node. {@code code} is
     * {@code null} when the file gave the node no code (CASE makes {@code humanCodingScheme} optional): the portal
     * then shows one made from the identifier ({@link #shownCode()}), but writes none back out, so what a file left
     * out stays out. {@code rollUp} and {@code rollUpThreshold} are the node's {@link RollUpRule roll-up rule} as
     * given ({@code null} for none), checked against its children by {@link #problems()}.
     */
    public record Node(String identifier, String uri, String parentIdentifier, String code, String title,
                       String statement, String itemType, int sortOrder, Integer proficientFrom, RollUpKind rollUp,
                       Integer rollUpThreshold) {

        /** A node without a roll-up rule. */
        public Node(String identifier, String uri, String parentIdentifier, String code, String title,
                    String statement, String itemType, int sortOrder, Integer proficientFrom) {
            this(identifier, uri, parentIdentifier, code, title, statement, itemType, sortOrder, proficientFrom, null,
                    null);
        }

        /** The roll-up rule of a node already checked; {@code null} for none. */
        public RollUpRule rollUpRule() {
            if (rollUp == null) {
                return null;
            }
            return rollUp == RollUpKind.ALL_CHILDREN ? RollUpRule.allChildren()
                    : RollUpRule.points(rollUpThreshold == null ? 0 : rollUpThreshold);
        }

        /**
         * The code people see and find the node by: its own, or else its identifier when that reads as a code,
         * or else a name-based UUID of the identifier (always a valid code, and the same at every import).
         */
        public String shownCode() {
            if (code != null) {
                return code;
            }
            if (identifier == null) {
                return null;
            }
            String trimmed = identifier.trim();
            return trimmed.length() <= Competency.CODE_LENGTH && CODE.matcher(trimmed).matches() ? trimmed
                    : UUID.nameUUIDFromBytes(trimmed.getBytes(StandardCharsets.UTF_8)).toString();
        }
    }

    /** A cross-walk from a node of this package to a node known by its identifier (usually elsewhere). */
    public record Association(String identifier, CrosswalkKind kind, String originIdentifier,
                              String destinationIdentifier, String destinationUri) {
    }

    /**
     * Everything wrong with the package; empty when it can be stored as it is. Besides each node's own fields,
     * the tree must hold together (parents in the file, no loops) and stay within the framework's caps:
     * {@link Framework#MAX_COMPETENCIES} nodes and {@link Framework#MAX_DEPTH} levels.
     */
    public List<PackageProblem> problems() {
        List<PackageProblem> problems = new ArrayList<>();
        checkHeader(problems);
        Set<Integer> levelNumbers = checkLevels(problems);
        if (nodes.size() > Framework.MAX_COMPETENCIES) {
            problems.add(new PackageProblem("document", tooManyItems(nodes.size())));
        }
        Map<String, Node> byIdentifier = new HashMap<>();
        Set<String> identifiers = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Node node : nodes) {
            String where = where(node);
            String shown = node.shownCode();
            if (node.identifier() == null || node.identifier().isBlank()) {
                problems.add(new PackageProblem(where, "has no identifier"));
            } else if (node.identifier().length() > IDENTIFIER_LENGTH) {
                problems.add(new PackageProblem(where, "identifier is longer than 64 characters"));
            } else if (byIdentifier.put(node.identifier(), node) != null) {
                problems.add(new PackageProblem(where, "identifier appears more than once"));
            } else if (!identifiers.add(asStored(node.identifier()))) {
                problems.add(new PackageProblem(where, "identifier differs from another item's only in letter case,"
                        + " accents or trailing spaces, which the portal does not tell apart"));
            }
            List<FieldProblem> own = nodeProblems(node, levelNumbers);
            own.forEach(p -> problems.add(new PackageProblem(where, p.message())));
            if (shown != null && own.stream().noneMatch(p -> p.field().equals("code")) && !codes.add(asStored(shown.trim()))) {
                problems.add(new PackageProblem(where, node.code() != null
                        ? "code " + node.code() + " is used by another item"
                        : "has no code of its own, and the one made from its identifier (" + shown
                        + ") is the code of another item"));
            }
        }
        for (Node node : nodes) {
            if (node.parentIdentifier() != null && !byIdentifier.containsKey(node.parentIdentifier())) {
                problems.add(new PackageProblem(where(node), "its parent " + shortened(node.parentIdentifier())
                        + " is not in the file"));
            }
        }
        checkCycles(problems, byIdentifier);
        checkDepth(problems, byIdentifier);
        checkRollUps(problems, byIdentifier);
        for (Association association : associations) {
            String where = association.identifier() != null ? shortened(association.identifier())
                    : "cross-walk from " + shortened(association.originIdentifier());
            if (association.identifier() != null && association.identifier().length() > IDENTIFIER_LENGTH) {
                problems.add(new PackageProblem(where, "identifier is longer than " + IDENTIFIER_LENGTH
                        + " characters"));
            } else if (association.kind() == null) {
                problems.add(new PackageProblem(where, "unknown association type"));
            } else if (!byIdentifier.containsKey(association.originIdentifier())) {
                problems.add(new PackageProblem(where, "cross-walk starts at "
                        + shortened(association.originIdentifier()) + ", which is not an item of this framework"));
            }
        }
        return problems;
    }

    /**
     * What is wrong with one node on its own (not its place in the tree), by field: {@code code}, {@code title},
     * {@code statement}, {@code itemType}, {@code proficientFrom}. Used for whole files and for single edits. A
     * {@code null} code is no problem (the node shows one made from its identifier); a blank one is, so a form or
     * CSV row that must give a code passes {@code ""} for a missing one.
     */
    public static List<FieldProblem> nodeProblems(Node node, Set<Integer> levels) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = node.code();
        if (code != null && code.isBlank()) {
            problems.add(new FieldProblem("code", "has no code"));
        } else if (code != null && (code.length() > Competency.CODE_LENGTH || !CODE.matcher(code.trim()).matches())) {
            problems.add(new FieldProblem("code", "code \"" + code + "\" must be 1–60 letters, digits,"
                    + " dots, dashes or underscores"));
        }
        requireText(problems, "title", node.title(), Competency.TITLE_LENGTH);
        requireText(problems, "statement", node.statement(), LONG_TEXT_LENGTH);
        requireFits(problems, "statement", node.statement());
        if (node.uri() != null && node.uri().length() > URI_LENGTH) {
            problems.add(new FieldProblem("uri", "URI is longer than " + URI_LENGTH + " characters"));
        }
        if (node.itemType() != null && node.itemType().length() > Competency.TYPE_LENGTH) {
            problems.add(new FieldProblem("itemType", "item type is longer than 60 characters"));
        }
        if (node.proficientFrom() != null && !levels.contains(node.proficientFrom())) {
            problems.add(new FieldProblem("proficientFrom", "proficient-from level " + node.proficientFrom()
                    + " is not on the scale"));
        }
        return problems;
    }

    /** What is wrong with the framework's own details, by field: code, title, publisher, versionLabel, … */
    public static List<FieldProblem> headerProblems(Header header) {
        List<FieldProblem> problems = new ArrayList<>();
        requireText(problems, "identifier", header.identifier(), IDENTIFIER_LENGTH);
        requireText(problems, "title", header.title(), Framework.TITLE_LENGTH);
        requireText(problems, "publisher", header.publisher(), 200);
        requireText(problems, "versionLabel", header.versionLabel(), Framework.VERSION_LENGTH);
        if (header.code() == null || header.code().isBlank()) {
            problems.add(new FieldProblem("code", "has no framework code"));
        } else if (header.code().length() > Framework.CODE_LENGTH || !CODE.matcher(header.code().trim()).matches()) {
            problems.add(new FieldProblem("code", "framework code \"" + header.code()
                    + "\" must be 1–40 letters, digits, dots, dashes or underscores"));
        }
        if (header.uri() != null && header.uri().length() > URI_LENGTH) {
            problems.add(new FieldProblem("uri", "URI is longer than " + URI_LENGTH + " characters"));
        }
        if (header.description() != null && header.description().length() > LONG_TEXT_LENGTH) {
            problems.add(new FieldProblem("description", "description is longer than " + LONG_TEXT_LENGTH
                    + " characters"));
        }
        requireFits(problems, "description", header.description());
        if (header.licence() != null && header.licence().length() > 1000) {
            problems.add(new FieldProblem("licence", "licence note is longer than 1000 characters"));
        }
        return problems;
    }

    private void checkHeader(List<PackageProblem> problems) {
        if (header == null) {
            problems.add(new PackageProblem("document", "the framework's own details are missing"));
            return;
        }
        headerProblems(header).forEach(p -> problems.add(new PackageProblem("document", p.message())));
    }

    private Set<Integer> checkLevels(List<PackageProblem> problems) {
        Set<Integer> numbers = new HashSet<>();
        if (levels.size() < 2) {
            problems.add(new PackageProblem("scale", "a proficiency scale needs at least two levels"));
        }
        for (Level level : levels) {
            if (!numbers.add(level.level())) {
                problems.add(new PackageProblem("scale", "level " + level.level() + " appears more than once"));
            }
            List<FieldProblem> label = new ArrayList<>();
            requireText(label, "label", level.label(), 100);
            if (level.description() != null && level.description().length() > 1000) {
                label.add(new FieldProblem("description", "description is longer than 1000 characters"));
            }
            label.forEach(p -> problems.add(new PackageProblem("scale level " + level.level(), p.message())));
        }
        for (int i = 1; i <= levels.size(); i++) {
            if (!numbers.contains(i) && numbers.size() == levels.size()) {
                problems.add(new PackageProblem("scale", "levels must be numbered 1 to " + levels.size()));
                break;
            }
        }
        if (header != null && !numbers.contains(header.proficientFrom())) {
            problems.add(new PackageProblem("scale", "proficient-from level " + header.proficientFrom()
                    + " is not on the scale"));
        }
        return numbers;
    }

    private static void checkCycles(List<PackageProblem> problems, Map<String, Node> byIdentifier) {
        Set<String> safe = new HashSet<>();
        for (Node start : byIdentifier.values()) {
            Set<String> path = new HashSet<>();
            Node current = start;
            while (current != null && !safe.contains(current.identifier())) {
                if (!path.add(current.identifier())) {
                    problems.add(new PackageProblem(start.identifier(), "is its own ancestor (the parents form a loop)"));
                    break;
                }
                current = current.parentIdentifier() == null ? null : byIdentifier.get(current.parentIdentifier());
            }
            if (current == null || safe.contains(current.identifier())) {
                safe.addAll(path);
            }
        }
    }

    /** A roll-up rule belongs on a node with children, with a threshold from 1 to their number. */
    private void checkRollUps(List<PackageProblem> problems, Map<String, Node> byIdentifier) {
        Map<String, Integer> children = new HashMap<>();
        for (Node node : byIdentifier.values()) {
            if (node.parentIdentifier() != null) {
                children.merge(node.parentIdentifier(), 1, Integer::sum);
            }
        }
        for (Node node : nodes) {
            if (node.rollUp() == null && node.rollUpThreshold() == null) {
                continue;
            }
            int count = node.identifier() == null ? 0 : children.getOrDefault(node.identifier(), 0);
            for (FieldProblem problem : RollUpRule.problems(node.rollUp(), node.rollUpThreshold(), count)) {
                problems.add(new PackageProblem(where(node), switch (problem.field()) {
                    case "competencyId" -> "has a roll-up rule but no sub-competencies to reach it through";
                    case "rollUp" -> "has a roll-up threshold but no roll-up rule (ALL_CHILDREN or POINTS)";
                    default -> node.rollUp() == RollUpKind.ALL_CHILDREN
                            ? "has a roll-up threshold with ALL_CHILDREN, which counts every sub-competency"
                            : node.rollUpThreshold() == null ? "has a POINTS roll-up rule without a threshold"
                            : "roll-up threshold " + node.rollUpThreshold() + " must be from 1 to the number of"
                            + " its sub-competencies (" + count + ")";
                }));
            }
        }
    }

    /**
     * Reports each node on the first level past {@link Framework#MAX_DEPTH} (its descendants are deeper still and
     * would only repeat the point). Walks up from every node, remembering levels already known, so a long chain
     * costs no more than its length and needs no recursion. Nodes in a loop or under a parent missing from the
     * file are counted from the top: those problems are reported on their own.
     */
    private static void checkDepth(List<PackageProblem> problems, Map<String, Node> byIdentifier) {
        Map<String, Integer> levels = new HashMap<>();
        for (Node start : byIdentifier.values()) {
            Deque<Node> path = new ArrayDeque<>();
            Set<String> onPath = new HashSet<>();
            Node current = start;
            while (current != null && !levels.containsKey(current.identifier()) && onPath.add(current.identifier())) {
                path.push(current);
                current = current.parentIdentifier() == null ? null : byIdentifier.get(current.parentIdentifier());
            }
            int level = current == null ? 0 : levels.getOrDefault(current.identifier(), 0);
            while (!path.isEmpty()) {
                Node node = path.pop();
                level++;
                levels.put(node.identifier(), level);
                if (level == Framework.MAX_DEPTH + 1) {
                    problems.add(new PackageProblem(node.identifier(), "is on level " + level + " of the tree;"
                            + " a framework may have at most " + Framework.MAX_DEPTH + " levels"));
                }
            }
        }
    }

    /**
     * What the database compares when it keeps identifiers and codes unique within a framework: its collation
     * ignores letter case, accents and trailing spaces, so "a.1" and "A.1" would clash there. Checking the same
     * here reports such a file item by item instead of failing as it is stored.
     */
    private static String asStored(String text) {
        String decomposed = Normalizer.normalize(text.stripTrailing(), Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** Where a node's problems are: its identifier (cut short if absurdly long), else its code. */
    private static String where(Node node) {
        return node.identifier() == null || node.identifier().isBlank()
                ? "item " + (node.code() == null ? "?" : shortened(node.code())) : shortened(node.identifier());
    }

    /** An identifier as a problem names it: whole when it could be valid, cut short when far too long. */
    private static String shortened(String identifier) {
        return identifier == null || identifier.length() <= IDENTIFIER_LENGTH ? identifier
                : identifier.substring(0, IDENTIFIER_LENGTH) + "…";
    }

    /** The problem with a file of {@code count} items, more than a framework may hold. */
    public static String tooManyItems(int count) {
        return "has " + count + " items; a framework may hold at most " + Framework.MAX_COMPETENCIES;
    }

    /**
     * Long texts are stored as MySQL/MariaDB {@code TEXT}, which holds 65,535 bytes: 20,000 characters fit unless
     * most take three or four bytes in UTF-8 (some scripts, emoji), so those are measured in bytes as well.
     */
    private static void requireFits(List<FieldProblem> problems, String field, String value) {
        if (value != null && value.length() <= LONG_TEXT_LENGTH && value.length() * 3 > TEXT_BYTES
                && value.getBytes(StandardCharsets.UTF_8).length > TEXT_BYTES) {
            problems.add(new FieldProblem(field, field + " is too long to store (" + TEXT_BYTES
                    + " bytes in UTF-8 at most)"));
        }
    }

    private static void requireText(List<FieldProblem> problems, String field, String value, int max) {
        String name = field.equals("versionLabel") ? "version" : field;
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "has no " + name));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, name + " is longer than " + max + " characters"));
        }
    }
}
