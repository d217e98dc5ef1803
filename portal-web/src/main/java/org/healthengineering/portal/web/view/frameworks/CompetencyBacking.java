package org.healthengineering.portal.web.view.frameworks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.CrosswalkKind;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.faces.Words;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/** One competency: its statement, its equivalents in other frameworks, and (body administrators) mapping it. */
@Named
@ViewScoped
public class CompetencyBacking implements Serializable {

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    @Inject
    Words words;

    private Long id;
    private Competency competency;
    private Framework framework;
    private List<FrameworkCatalogue.Equivalent> equivalents;
    private List<Choice> otherFrameworks;
    private Long targetFrameworkId;
    private String targetCode;
    private CrosswalkKind kind = CrosswalkKind.EXACT_MATCH;

    public void load() {
        competency = catalogue.getCompetency(id);
        framework = catalogue.getFramework(competency.getFrameworkId());
        equivalents = catalogue.equivalents(id);
    }

    public boolean isEditor() {
        return caller.has(Permissions.FRAMEWORK_EDIT);
    }

    /** The frameworks a competency can be mapped into: every other one the caller reads, read once per view. */
    public List<Choice> getOtherFrameworks() {
        if (otherFrameworks == null) {
            otherFrameworks = catalogue.frameworks().stream().filter(f -> !f.getId().equals(framework.getId()))
                    .map(f -> new Choice(f.getId(), messages.text("frameworks.competency.frameworkChoice", f.getTitle(),
                            f.getVersionLabel(), words.of(f.getStatus())))).toList();
        }
        return otherFrameworks;
    }

    public String map() {
        if (targetFrameworkId == null) {
            throw InvalidInputException.of("targetFramework", messages.text("frameworks.competency.chooseFramework"));
        }
        Competency target = catalogue.getCompetency(targetFrameworkId, targetCode);
        catalogue.mapCompetency(id, target.getId(), kind);
        messages.info("frameworks.competency.mapped", competency.getCode(), target.getCode());
        targetCode = null;
        load();
        return null;
    }

    public CrosswalkKind[] getKinds() {
        return CrosswalkKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Competency getCompetency() {
        return competency;
    }

    public Framework getFramework() {
        return framework;
    }

    public List<FrameworkCatalogue.Equivalent> getEquivalents() {
        return equivalents;
    }

    public Long getTargetFrameworkId() {
        return targetFrameworkId;
    }

    public void setTargetFrameworkId(Long targetFrameworkId) {
        this.targetFrameworkId = targetFrameworkId;
    }

    public String getTargetCode() {
        return targetCode;
    }

    public void setTargetCode(String targetCode) {
        this.targetCode = targetCode;
    }

    public CrosswalkKind getKind() {
        return kind;
    }

    public void setKind(CrosswalkKind kind) {
        this.kind = kind;
    }
}
