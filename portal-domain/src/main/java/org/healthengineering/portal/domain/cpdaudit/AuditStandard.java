package org.healthengineering.portal.domain.cpdaudit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A standard a CPD profile is assessed against: a short code the grades name it by ({@code S1}) and its statement.
 * A body keeps its list (HCPC's five when it has none); a campaign copies the body's list when it opens.
 */
@Embeddable
public class AuditStandard implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CODE_LENGTH = 10;
    public static final int STATEMENT_LENGTH = 500;
    public static final int MOST = 12;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "statement", nullable = false, length = STATEMENT_LENGTH)
    private String statement;

    protected AuditStandard() {
    }

    private AuditStandard(int position, String code, String statement) {
        this.position = position;
        this.code = code;
        this.statement = statement;
    }

    /** A standard as given: a code and a statement. */
    public record Given(String code, String statement) {
    }

    /**
     * HCPC's five standards for CPD, in our words: the standards a body assesses unless it keeps its own.
     */
    public static List<Given> hcpcFive() {
        return List.of(
                new Given("S1", "Keeps a continuous, up-to-date and accurate record of their CPD activities."),
                new Given("S2", "Shows that their CPD activities are a mixture of learning activities relevant to"
                        + " current or future practice."),
                new Given("S3", "Seeks to ensure that their CPD has contributed to the quality of their practice and"
                        + " service delivery."),
                new Given("S4", "Seeks to ensure that their CPD benefits the service user."),
                new Given("S5", "Presents a written profile, with supporting evidence, explaining how they have met"
                        + " the standards for CPD, when asked."));
    }

    /**
     * The standards in order, each code upper-cased; refused with every problem at once: one to {@value #MOST}
     * standards, codes of 1 to {@value #CODE_LENGTH} letters, digits or dashes used once, statements of at most
     * {@value #STATEMENT_LENGTH} characters.
     */
    public static List<AuditStandard> of(List<Given> given, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        if (given == null || given.isEmpty() || given.size() > MOST) {
            throw InvalidInputException.of(field, "Give 1 to " + MOST + " standards, each with a code and a statement.");
        }
        List<AuditStandard> standards = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Given g = given.get(i);
            String at = field + "[" + i + "]";
            String code = g == null || g.code() == null ? "" : g.code().trim().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z0-9\\-]{1," + CODE_LENGTH + "}")) {
                problems.add(new FieldProblem(at + ".code", "A standard's code is 1 to " + CODE_LENGTH
                        + " letters, digits or dashes."));
            } else if (!codes.add(code)) {
                problems.add(new FieldProblem(at + ".code", "The code " + code + " is used twice."));
            }
            String statement = g == null || g.statement() == null ? "" : g.statement().trim();
            if (statement.isEmpty() || statement.length() > STATEMENT_LENGTH) {
                problems.add(new FieldProblem(at + ".statement", "Write the standard in at most " + STATEMENT_LENGTH
                        + " characters."));
            }
            standards.add(new AuditStandard(i + 1, code, statement));
        }
        InvalidInputException.throwIfAny(problems);
        return standards;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getStatement() {
        return statement;
    }

    public Given given() {
        return new Given(code, statement);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditStandard other && position == other.position && Objects.equals(code, other.code)
                && Objects.equals(statement, other.statement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, code, statement);
    }
}
