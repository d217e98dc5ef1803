package org.healthengineering.portal.web.view.hospitals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.hospital.Hospitals;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.application.staffing.StaffingReturns;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.Source;
import org.healthengineering.portal.domain.staffing.StaffGroup;
import org.healthengineering.portal.domain.staffing.StaffingCsv;
import org.healthengineering.portal.domain.staffing.StaffingLine;
import org.healthengineering.portal.domain.staffing.StaffingReturn;
import org.healthengineering.portal.domain.staffing.UploadRefusedException;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A hospital's staffing returns: the quarter's form, CSV upload, and the history of revisions. */
@Named
@ViewScoped
public class StaffingBacking implements Serializable {

    @Inject
    Hospitals hospitals;

    @Inject
    StaffingReturns staffingReturns;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    /** One staff group's row of the form. */
    public static class LineInput implements Serializable {
        private final StaffGroup group;
        private BigDecimal establishmentFte;
        private BigDecimal inPostFte;
        private BigDecimal vacancyFte;
        private BigDecimal agencyFte;
        private Integer leavers;
        private Integer headcountUnder35;
        private Integer headcount35To54;
        private Integer headcount55Plus;

        LineInput(StaffGroup group, StaffingLine.Figures from) {
            this.group = group;
            if (from != null) {
                establishmentFte = from.establishmentFte();
                inPostFte = from.inPostFte();
                vacancyFte = from.vacancyFte();
                agencyFte = from.agencyFte();
                leavers = from.leavers();
                headcountUnder35 = from.headcountUnder35();
                headcount35To54 = from.headcount35To54();
                headcount55Plus = from.headcount55Plus();
            }
        }

        StaffingLine.Figures figures() {
            return new StaffingLine.Figures(group, establishmentFte, inPostFte, vacancyFte, agencyFte, leavers,
                    headcountUnder35, headcount35To54, headcount55Plus);
        }

        public StaffGroup getGroup() { return group; }
        public BigDecimal getEstablishmentFte() { return establishmentFte; }
        public void setEstablishmentFte(BigDecimal v) { establishmentFte = v; }
        public BigDecimal getInPostFte() { return inPostFte; }
        public void setInPostFte(BigDecimal v) { inPostFte = v; }
        public BigDecimal getVacancyFte() { return vacancyFte; }
        public void setVacancyFte(BigDecimal v) { vacancyFte = v; }
        public BigDecimal getAgencyFte() { return agencyFte; }
        public void setAgencyFte(BigDecimal v) { agencyFte = v; }
        public Integer getLeavers() { return leavers; }
        public void setLeavers(Integer v) { leavers = v; }
        public Integer getHeadcountUnder35() { return headcountUnder35; }
        public void setHeadcountUnder35(Integer v) { headcountUnder35 = v; }
        public Integer getHeadcount35To54() { return headcount35To54; }
        public void setHeadcount35To54(Integer v) { headcount35To54 = v; }
        public Integer getHeadcount55Plus() { return headcount55Plus; }
        public void setHeadcount55Plus(Integer v) { headcount55Plus = v; }
    }

    private String code;
    private Hospital hospital;
    private String quarter;
    private String note;
    private List<LineInput> lines;
    private List<StaffingReturn> history;
    private List<UploadRefusedException.RowProblem> uploadProblems = List.of();

    public void load() {
        hospital = hospitals.readable(code);
        if (quarter == null) {
            quarter = staffingReturns.defaultQuarter().toString();
        }
        history = staffingReturns.history(code, null);
        prefill();
    }

    /** The form starts from the quarter's latest revision, so a correction changes only what was wrong. */
    public void prefill() {
        StaffingReturn latest = history.stream().filter(r -> r.getPeriod().equals(quarter)).findFirst().orElse(null);
        lines = new ArrayList<>();
        for (StaffGroup group : StaffGroup.values()) {
            StaffingLine.Figures from = latest == null ? null : latest.getLines().stream()
                    .filter(l -> l.getGroup() == group).map(StaffingLine::figures).findFirst().orElse(null);
            lines.add(new LineInput(group, from));
        }
        note = null;
    }

    public String submit() {
        Quarter q = Quarter.parse(quarter, "quarter");
        StaffingReturn saved = staffingReturns.submit(code, q, note, lines.stream().map(LineInput::figures).toList(),
                Source.FORM);
        messages.info("staffing.saved", saved.getRevision(), saved.getPeriod().toString());
        history = staffingReturns.history(code, null);
        note = null;
        return null;
    }

    public void upload(FileUploadEvent event) {
        uploadProblems = List.of();
        try (InputStream in = event.getFile().getInputStream()) {
            List<StaffingReturns.Saved> saved = staffingReturns.upload(code, new InputStreamReader(in, StandardCharsets.UTF_8));
            messages.info("staffing.uploaded", saved.size(), event.getFile().getFileName());
            history = staffingReturns.history(code, null);
            prefill();
        } catch (UploadRefusedException e) {
            uploadProblems = e.getProblems();
            messages.error(e.getMessage());
        } catch (IOException e) {
            messages.error("file.unreadable", e.getMessage());
        }
    }

    public StreamedContent getTemplate() {
        byte[] csv = StaffingCsv.template(hospital.getCode(), Quarter.parse(quarter, "quarter"))
                .getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("staffing-" + hospital.getCode() + "-" + quarter + ".csv")
                .contentType("text/csv").stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** The last twelve quarters that have started, newest first. */
    public List<String> getQuarters() {
        Quarter current = staffingReturns.defaultQuarter().minus(-1);
        List<String> quarters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            quarters.add(current.minus(i).toString());
        }
        return quarters;
    }

    /** The quarters as options (a quarter's code, such as 2026-Q3, is also how people write it). */
    public List<Choice> getQuarterChoices() {
        return Choice.ofTexts(getQuarters(), quarter);
    }

    public boolean isEditor() {
        return hospital != null && caller.has(Permissions.hospitalEdit(hospital.getId()));
    }

    public String getCsvColumns() {
        return String.join(",", StaffingCsv.COLUMNS);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Hospital getHospital() { return hospital; }
    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<LineInput> getLines() { return lines; }
    public List<StaffingReturn> getHistory() { return history; }
    public List<UploadRefusedException.RowProblem> getUploadProblems() { return uploadProblems; }
}
