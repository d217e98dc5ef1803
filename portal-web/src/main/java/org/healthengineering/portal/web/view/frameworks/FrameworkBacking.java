package org.healthengineering.portal.web.view.frameworks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.framework.CaseJson;
import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.application.framework.FrameworkCsv;
import org.healthengineering.portal.application.framework.FrameworkInterchange;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.eligibility.RollUpKind;
import org.healthengineering.portal.domain.eligibility.RollUpRule;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.CompetencyTree;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.FrameworkStatus;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One framework: its scale and tree, each roll-up rule in words beside its node; for body administrators, editing
 * a draft's nodes and their roll-up rules and moving it through its lifecycle; for everyone, downloading it as CASE
 * or CSV.
 */
@Named
@ViewScoped
public class FrameworkBacking implements Serializable {

    private static final String NODE_FORM = "node-form";

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    FrameworkInterchange interchange;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    @Inject
    ScaleWords scaleWords;

    private Long id;
    private Framework framework;
    private List<CompetencyTree.Row> rows;
    private Map<Long, Integer> childCounts;
    private List<Choice> levelChoices;
    private Long editingId;
    private Long parentId;
    private String code;
    private String title;
    private String statement;
    private String itemType;
    private Integer proficientFrom;
    private Long ruleId;
    private String ruleName;
    private int ruleChildren;
    private boolean ruled;
    private RollUpKind rollUp;
    private Integer threshold;

    /** Called by f:viewAction with the id from the address. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("Framework", "(none)");
        }
        framework = catalogue.getFramework(id);
        rows = CompetencyTree.of(catalogue.competencies(id)).flatten();
        childCounts = new HashMap<>();
        rows.stream().map(CompetencyTree.Row::competency).filter(c -> c.getParentId() != null)
                .forEach(c -> childCounts.merge(c.getParentId(), 1, Integer::sum));
        levelChoices = scaleWords.choices(framework.getLevels());
    }

    /** How many sub-competencies a node has. */
    public int children(Competency competency) {
        return childCounts.getOrDefault(competency.getId(), 0);
    }

    /**
     * A node's roll-up rule in words for its children now ("Reached at a level when 3 of its 5 sub-competencies are
     * reached at that level or above."), or nothing when it has none.
     */
    public String ruleWords(Competency competency) {
        RollUpRule rule = competency.getRollUp();
        if (rule == null) {
            return "";
        }
        int count = children(competency);
        if (count == 0) {
            return messages.text("frameworks.rollUp.none");
        }
        if (rule.getKind() == RollUpKind.ALL_CHILDREN) {
            return messages.text("frameworks.rollUp.all", count);
        }
        return rule.getThreshold() > count ? messages.text("frameworks.rollUp.unreachable", rule.getThreshold(), count)
                : messages.text("frameworks.rollUp.points", rule.getThreshold(), count);
    }

    /** Opens the roll-up dialog on a node, with its rule (if any). */
    public void startRollUp(long competencyId) {
        Competency competency = catalogue.getCompetency(competencyId);
        ruleId = competencyId;
        ruleName = competency.displayName();
        ruleChildren = children(competency);
        ruled = competency.getRollUp() != null;
        rollUp = ruled ? competency.getRollUp().getKind() : null;
        threshold = ruled ? competency.getRollUp().getThreshold() : null;
    }

    public String saveRollUp() {
        catalogue.ruleRollUp(ruleId, rollUp, threshold, List.of());
        messages.info("frameworks.rollUp.saved", ruleName);
        load();
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        return null;
    }

    public String clearRollUp() {
        catalogue.clearRollUp(ruleId);
        messages.info("frameworks.rollUp.cleared", ruleName);
        load();
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        return null;
    }

    public RollUpKind[] getRollUpKinds() {
        return RollUpKind.values();
    }

    /** What the dialog is about: the node and how many sub-competencies it has. */
    public String getRuleExplain() {
        return messages.text("frameworks.rollUp.explain", ruleName, ruleChildren);
    }

    public String getThresholdHint() {
        return messages.text("hint.threshold", ruleChildren);
    }

    public int getRuleChildren() {
        return ruleChildren;
    }

    /** Whether the node in the dialog has a rule to remove. */
    public boolean isRuled() {
        return ruled;
    }

    public RollUpKind getRollUp() {
        return rollUp;
    }

    public void setRollUp(RollUpKind rollUp) {
        this.rollUp = rollUp;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }

    /** The levels of the framework's scale, for a node's own proficiency threshold. */
    public List<Choice> getLevelChoices() {
        return levelChoices;
    }

    /** What an empty threshold means: the scale's own, named. */
    public String getScaleThreshold() {
        return messages.text("frameworks.node.scaleThreshold",
                scaleWords.of(framework.getLevels(), framework.getProficientFrom()));
    }

    public boolean isEditable() {
        return framework != null && framework.getStatus() == FrameworkStatus.DRAFT
                && caller.has(Permissions.FRAMEWORK_EDIT);
    }

    public boolean isEditor() {
        return caller.has(Permissions.FRAMEWORK_EDIT);
    }

    public void startNode(Long parent) {
        editingId = null;
        parentId = parent;
        code = null;
        title = null;
        statement = null;
        itemType = parent == null ? "Domain" : "Competency";
        proficientFrom = null;
    }

    public void editNode(long competencyId) {
        Competency competency = catalogue.getCompetency(competencyId);
        editingId = competencyId;
        parentId = competency.getParentId();
        code = competency.getCode();
        title = competency.getTitle();
        statement = competency.getStatement();
        itemType = competency.getItemType();
        proficientFrom = competency.getProficientFrom();
    }

    public String saveNode() {
        FrameworkCatalogue.NodeDetails details = new FrameworkCatalogue.NodeDetails(code, title, statement, itemType,
                proficientFrom);
        if (editingId == null) {
            catalogue.addCompetency(id, parentId, details);
        } else {
            catalogue.reviseCompetency(editingId, details);
        }
        messages.info(editingId == null ? "frameworks.node.added" : "frameworks.node.revised", code);
        load();
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        return null;
    }

    public void deleteNode(long competencyId) {
        catalogue.deleteCompetency(competencyId);
        messages.info("frameworks.node.deleted");
        load();
    }

    /** Moves a node one place up or down among its siblings. */
    public void shift(long competencyId, int by) {
        Competency competency = catalogue.getCompetency(competencyId);
        List<Long> siblings = rows.stream().map(CompetencyTree.Row::competency)
                .filter(c -> java.util.Objects.equals(c.getParentId(), competency.getParentId()))
                .map(Competency::getId).toList();
        catalogue.moveCompetency(competencyId, competency.getParentId(),
                Math.max(0, siblings.indexOf(competencyId) + by));
        load();
    }

    public void publish() {
        act(() -> catalogue.publish(id), "frameworks.view.published");
    }

    public void retire() {
        act(() -> catalogue.retire(id), "frameworks.view.retired");
    }

    public String newVersion() {
        Framework copy = catalogue.newVersion(id, null);
        return "/frameworks/view?faces-redirect=true&id=" + copy.getId();
    }

    private void act(Runnable action, String doneKey) {
        action.run();
        messages.info(doneKey);
        load();
    }

    public StreamedContent getCaseFile() {
        byte[] json = CaseJson.write(interchange.exportPackage(id), "urn:healthengineering-portal:case")
                .toString().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(framework.getCode() + "-" + framework.getVersionLabel()
                        + ".case.json").contentType(CaseJson.MEDIA_TYPE)
                .stream(() -> new ByteArrayInputStream(json)).build();
    }

    public StreamedContent getCsvFile() {
        byte[] csv = FrameworkCsv.write(interchange.exportPackage(id)).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(framework.getCode() + "-" + framework.getVersionLabel() + ".csv")
                .contentType(FrameworkCsv.MEDIA_TYPE).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public String indent(int depth) {
        return "padding-left: " + (depth * 1.5) + "rem";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Framework getFramework() {
        return framework;
    }

    public List<CompetencyTree.Row> getRows() {
        return rows;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getItemType() {
        return itemType;
    }

    public void setItemType(String itemType) {
        this.itemType = itemType;
    }

    public Integer getProficientFrom() {
        return proficientFrom;
    }

    public void setProficientFrom(Integer proficientFrom) {
        this.proficientFrom = proficientFrom;
    }

}
