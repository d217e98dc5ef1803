package org.healthengineering.portal.web.view.recognition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.recognition.PublicRegister;
import org.healthengineering.portal.domain.recognition.RegisterEntry;

import java.io.Serializable;
import java.util.List;

/** The public register of recognition, for anyone: holders who consent, found by name, award or body. */
@Named
@ViewScoped
public class PublicRegisterBacking implements Serializable {

    @Inject
    PublicRegister register;

    private String text;
    private List<RegisterEntry> entries = List.of();

    public void load() {
        search();
    }

    public void search() {
        entries = register.search(text);
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<RegisterEntry> getEntries() { return entries; }
}
