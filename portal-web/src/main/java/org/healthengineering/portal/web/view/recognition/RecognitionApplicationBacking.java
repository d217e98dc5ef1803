package org.healthengineering.portal.web.view.recognition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.recognition.RecognitionApplications;
import org.healthengineering.portal.application.recognition.RecognitionCases;
import org.healthengineering.portal.domain.evidence.EvidenceKind;
import org.healthengineering.portal.domain.evidence.EvidenceRef;
import org.healthengineering.portal.domain.recognition.AreaStatement;
import org.healthengineering.portal.domain.recognition.ApplicationState;
import org.healthengineering.portal.domain.recognition.RecognitionApplication;
import org.healthengineering.portal.domain.recognition.RecognitionReferee;
import org.healthengineering.portal.domain.recognition.RefereeState;
import org.healthengineering.portal.domain.recognition.SchemeArea;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An engineer's own application for recognition. While it is a draft: a statement per area (saved as often as they
 * like, each with its word count against the limit), evidence chosen from their records, the referees by email,
 * and the submission, which names every problem at once. Afterwards: where it stands, the referees' answers (one who
 * declined is replaced here), the interview, the decision with its feedback, the appeal, the withdrawal, and the
 * choice whether an award appears on the public register.
 */
@Named
@ViewScoped
public class RecognitionApplicationBacking implements Serializable {

    @Inject
    RecognitionApplications applications;

    @Inject
    PageMessages messages;

    private Long id;
    private RecognitionCases.ApplicationView view;
    private final Map<Long, String> statements = new HashMap<>();
    private List<String> evidence = new ArrayList<>();
    private List<Choice> records = List.of();
    private final List<String> referees = new ArrayList<>();
    private String replacement;
    private String reason;
    private String grounds;

    public void load() {
        show(applications.get(id == null ? -1 : id));
    }

    private void show(RecognitionCases.ApplicationView shown) {
        view = shown;
        RecognitionApplication a = view.application();
        statements.clear();
        a.getStatements().forEach(s -> statements.put(s.getCompetencyId(), s.getText()));
        evidence = new ArrayList<>(a.getEvidence().stream().map(e -> e.getKind().name() + ":" + e.getRecordId())
                .toList());
        referees.clear();
        a.getReferees().forEach(r -> referees.add(r.getEmail()));
        while (referees.size() < view.scheme().scheme().getRefereesRequired()) {
            referees.add(null);
        }
        if (isDraft()) {
            records = applications.myRecords().stream().map(r -> new Choice(r.ref().getKind().name() + ":"
                    + r.ref().getRecordId(), r.label())).toList();
        }
    }

    public void saveStatements() {
        List<AreaStatement.Given> given = new ArrayList<>();
        for (SchemeArea area : getAreas()) {
            String text = statements.get(area.getCompetencyId());
            given.add(new AreaStatement.Given(area.getCompetencyId(), text == null ? "" : text));
        }
        show(applications.saveStatements(view.application().getId(), given));
        messages.info("application.done.statements");
    }

    public void saveEvidence() {
        List<EvidenceRef> refs = evidence.stream().map(value -> {
            int colon = value.indexOf(':');
            return new EvidenceRef(EvidenceKind.valueOf(value.substring(0, colon)),
                    Long.valueOf(value.substring(colon + 1)));
        }).toList();
        show(applications.chooseEvidence(view.application().getId(), refs));
        messages.info("application.done.evidence");
    }

    public void saveReferees() {
        List<String> emails = referees.stream().filter(e -> e != null && !e.isBlank()).toList();
        show(applications.nameReferees(view.application().getId(), emails));
        messages.info("application.done.referees");
    }

    public void submit() {
        show(applications.submit(view.application().getId()));
        messages.info("application.done.submitted", view.scheme().scheme().getName());
    }

    public void replaceReferee() {
        show(applications.replaceReferee(view.application().getId(), replacement));
        replacement = null;
        messages.info("application.done.replaced");
    }

    public void withdraw() {
        show(applications.withdraw(view.application().getId(), reason));
        messages.info("application.done.withdrawn");
    }

    public void appeal() {
        show(applications.appeal(view.application().getId(), grounds));
        messages.info("application.done.appealed");
    }

    public void consent(boolean consent) {
        show(applications.consent(view.application().getId(), consent));
        messages.info(consent ? "application.done.consented" : "application.done.unconsented");
    }

    /** The problems that keep the draft from being submitted now, in words; empty when it is ready. */
    public List<FieldProblem> getStatementProblems() {
        return isDraft() ? view.application().statementProblems(view.scheme().scheme()) : List.of();
    }

    public boolean isDraft() {
        return view.application().getState() == ApplicationState.DRAFT;
    }

    public boolean isDeclined() {
        return view.application().getState() == ApplicationState.AWAITING_REFEREES && view.application().getReferees()
                .stream().anyMatch(r -> r.getState() == RefereeState.DECLINED)
                && view.application().getReferees().stream().filter(RecognitionReferee::isActive).count()
                < view.scheme().scheme().getRefereesRequired();
    }

    public int words(Long competencyId) {
        return AreaStatement.words(statements.get(competencyId));
    }

    public List<SchemeArea> getAreas() {
        return view.scheme().scheme().getAreas();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RecognitionCases.ApplicationView getView() { return view; }
    public Map<Long, String> getStatements() { return statements; }
    public List<String> getEvidence() { return evidence; }
    public void setEvidence(List<String> evidence) { this.evidence = evidence; }
    public List<Choice> getRecords() { return records; }
    public List<String> getReferees() { return referees; }

    /** The places of the referees asked for (0 and 1), for the form's rows. */
    public List<Integer> getRefereeIndexes() {
        return java.util.stream.IntStream.range(0, referees.size()).boxed().toList();
    }
    public String getReplacement() { return replacement; }
    public void setReplacement(String replacement) { this.replacement = replacement; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
}
