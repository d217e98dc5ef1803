package org.healthengineering.portal.domain.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import org.healthengineering.portal.domain.eligibility.RollUpKind;
import org.healthengineering.portal.domain.eligibility.RollUpRule;

import java.io.Serializable;

/**
 * A node of a framework's tree: a domain, a competency, an indicator, or whatever item type the framework uses.
 * Belongs to exactly one framework version; its code is unique within it. Ids come in blocks so that importing a
 * large framework can insert in batches.
 *
 * <p>Every node has a code to be shown and found by, but not every file gives one (CASE's
 * {@code humanCodingScheme} is optional). A node imported without one shows a code made from its identifier
 * ({@link FrameworkPackage.Node#shownCode()}) and remembers that it was made, so exports leave it out again and a
 * new version makes the same one; editing the node to a different code makes that code its own. Likewise a node
 * given no item type shows {@link #DEFAULT_TYPE} but exports none.
 *
 * <p>A node with children may carry a {@link RollUpRule roll-up rule}: it is then also reached through its
 * children (all of them, or a number of them), which readiness and the eligibility engine honour. The rule is set
 * while the framework is a draft, like everything else the node says, and only on a node that has children, with a
 * threshold between 1 and their number. A rule set before children were removed may ask for more than there are
 * now: it is kept, shown as unreachable, and the framework cannot be published until it is mended.
 */
@Entity
@Table(name = "competency")
public class Competency implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CODE_LENGTH = 60;
    public static final int TITLE_LENGTH = 300;
    public static final int TYPE_LENGTH = 60;
    /** The item type shown for a node that was given none. */
    public static final String DEFAULT_TYPE = "Competency";

    @Id
    @TableGenerator(name = "competency_ids", table = "id_block", pkColumnName = "name", valueColumnName = "next_val",
            pkColumnValue = "competency", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "competency_ids")
    @Column(name = "id")
    private Long id;

    @Column(name = "framework_id", nullable = false, updatable = false)
    private Long frameworkId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "code_given", nullable = false)
    private boolean codeGiven;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "statement", nullable = false)
    private String statement;

    /** As given; {@code null} when the file or form gave none (shown as {@link #DEFAULT_TYPE}). */
    @Column(name = "item_type", length = TYPE_LENGTH)
    private String itemType;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "case_identifier", nullable = false, length = 64)
    private String caseIdentifier;

    @Column(name = "case_uri", length = 500)
    private String caseUri;

    @Column(name = "proficient_from")
    private Integer proficientFrom;

    /** {@code null} (both columns empty) when the node is reached only by its own level. */
    @Embedded
    private RollUpRule rollUp;

    protected Competency() {
    }

    public Competency(long frameworkId, Long parentId, FrameworkPackage.Node node) {
        this.frameworkId = frameworkId;
        this.parentId = parentId;
        this.caseIdentifier = node.identifier();
        this.caseUri = node.uri();
        this.code = node.shownCode().trim();
        this.codeGiven = node.code() != null;
        say(node.title(), node.statement(), node.itemType(), node.proficientFrom());
        this.sortOrder = node.sortOrder();
        this.rollUp = node.rollUpRule();
    }

    /**
     * Sets what the node says (the framework must be a draft; the service checks that). Keeping the code that was
     * made for a node without one keeps it made (exports still leave it out); any other code becomes its own.
     */
    public void describe(String code, String title, String statement, String itemType, Integer proficientFrom) {
        String newCode = code.trim();
        if (!newCode.equals(this.code)) {
            this.code = newCode;
            this.codeGiven = true;
        }
        say(title, statement, itemType, proficientFrom);
    }

    private void say(String title, String statement, String itemType, Integer proficientFrom) {
        this.title = title.trim();
        this.statement = statement.trim();
        this.itemType = itemType == null || itemType.isBlank() ? null : itemType.trim();
        this.proficientFrom = proficientFrom;
    }

    /**
     * Makes the node reached through its {@code childCount} children: all of them, or {@code threshold} of them
     * (the framework must be a draft; the service checks that and counts the children). Refused with every problem
     * (fields {@code competencyId}, {@code rollUp}, {@code threshold}; ALL_CHILDREN takes no threshold), leaving
     * the node's rule as it was.
     */
    public void ruleRollUp(RollUpKind kind, Integer threshold, int childCount) {
        this.rollUp = RollUpRule.forNode(kind, threshold, childCount);
    }

    /** The node is reached by its own level only again (the framework must be a draft). */
    public void clearRollUp() {
        this.rollUp = null;
    }

    public void moveTo(Long newParentId, int newSortOrder) {
        this.parentId = newParentId;
        this.sortOrder = newSortOrder;
    }

    public FrameworkPackage.Node toNode(String parentIdentifier) {
        return new FrameworkPackage.Node(caseIdentifier, caseUri, parentIdentifier, codeGiven ? code : null, title,
                statement, itemType, sortOrder, proficientFrom, rollUp == null ? null : rollUp.getKind(),
                rollUp == null ? null : rollUp.getThreshold());
    }

    public Long getId() {
        return id;
    }

    public Long getFrameworkId() {
        return frameworkId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getCode() {
        return code;
    }

    /** Whether the code came with the node, rather than being made from its identifier. */
    public boolean isCodeGiven() {
        return codeGiven;
    }

    /**
     * The code as a page shows it: the code the node was given, or empty when it was given none and the stored
     * code was made from its identifier (a GUID means nothing to a reader). {@link #getCode()} stays the node's
     * identifier within its framework, for links, searches and exports.
     */
    public String displayCode() {
        return codeGiven ? code : "";
    }

    /** "TECH.2 Maintain equipment safely", or only the title when the node has no code of its own. */
    public String displayName() {
        return displayName(displayCode(), title);
    }

    /** A code (perhaps empty) and a title as one name: "TECH.2 Maintain equipment safely" or "Maintain …". */
    public static String displayName(String displayCode, String title) {
        return displayCode == null || displayCode.isBlank() ? title : displayCode + " " + title;
    }

    public String getTitle() {
        return title;
    }

    public String getStatement() {
        return statement;
    }

    public String getItemType() {
        return itemType != null ? itemType : DEFAULT_TYPE;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getCaseIdentifier() {
        return caseIdentifier;
    }

    public String getCaseUri() {
        return caseUri;
    }

    public Integer getProficientFrom() {
        return proficientFrom;
    }

    /** How the node is reached through its children; {@code null} when it has no rule. */
    public RollUpRule getRollUp() {
        return rollUp;
    }
}
