package org.healthengineering.portal.web.view.frameworks;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.application.framework.FrameworkCsv;
import org.healthengineering.portal.application.framework.FrameworkInterchange;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.ImportRefusedException;
import org.healthengineering.portal.domain.framework.PackageProblem;
import org.healthengineering.portal.web.view.PageMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The frameworks list, importing a CASE or CSV file, and starting an empty draft. */
@Named
@ViewScoped
public class FrameworksBacking implements Serializable {

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    FrameworkInterchange interchange;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private List<Framework> frameworks;
    private List<PackageProblem> importProblems = List.of();
    private String csvCode;
    private String csvTitle;
    private String csvPublisher;
    private String csvVersion;
    private String code;
    private String title;
    private String publisher;
    private String versionLabel;

    @PostConstruct
    void load() {
        frameworks = catalogue.frameworks();
    }

    public boolean isEditor() {
        return caller.has(Permissions.FRAMEWORK_EDIT);
    }

    /** Imports the uploaded file: CASE JSON by default, CSV when the file name ends in .csv. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        importProblems = List.of();
        try (InputStream in = file.getInputStream()) {
            Framework framework = file.getFileName().toLowerCase(Locale.ROOT).endsWith(".csv")
                    ? interchange.importCsv(new InputStreamReader(in, StandardCharsets.UTF_8),
                    new FrameworkCsv.Details(csvCode, csvTitle, csvPublisher, csvVersion))
                    : interchange.importCase(in);
            messages.info("frameworks.imported", framework.getTitle(), framework.displayVersion());
            load();
        } catch (ImportRefusedException e) {
            importProblems = e.getProblems();
            messages.error("frameworks.importRefused", importProblems.size());
        } catch (IOException e) {
            messages.error("file.unreadable", e.getMessage());
        }
    }

    public String createDraft() {
        Framework framework = catalogue.createDraft(code, title, publisher, versionLabel);
        return "/frameworks/view?faces-redirect=true&id=" + framework.getId();
    }

    public List<Framework> getFrameworks() {
        return frameworks;
    }

    public List<PackageProblem> getImportProblems() {
        return importProblems;
    }

    public String getCsvCode() {
        return csvCode;
    }

    public void setCsvCode(String csvCode) {
        this.csvCode = csvCode;
    }

    public String getCsvTitle() {
        return csvTitle;
    }

    public void setCsvTitle(String csvTitle) {
        this.csvTitle = csvTitle;
    }

    public String getCsvPublisher() {
        return csvPublisher;
    }

    public void setCsvPublisher(String csvPublisher) {
        this.csvPublisher = csvPublisher;
    }

    public String getCsvVersion() {
        return csvVersion;
    }

    public void setCsvVersion(String csvVersion) {
        this.csvVersion = csvVersion;
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

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public void setVersionLabel(String versionLabel) {
        this.versionLabel = versionLabel;
    }
}
