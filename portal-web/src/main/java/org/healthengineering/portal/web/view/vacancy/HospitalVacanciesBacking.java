package org.healthengineering.portal.web.view.vacancy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.hospital.Hospitals;
import org.healthengineering.portal.application.vacancy.Vacancies;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.vacancy.Vacancy;

import java.io.Serializable;
import java.util.List;

/** A hospital's vacancies, for its administrators: each with its status, and a new one to draft. */
@Named
@ViewScoped
public class HospitalVacanciesBacking implements Serializable {

    @Inject
    Vacancies vacancies;

    @Inject
    Hospitals hospitals;

    private String code;
    private Hospital hospital;
    private List<Vacancy> list;

    public void load() {
        list = vacancies.ofHospital(code);
        hospital = hospitals.readable(code);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Hospital getHospital() { return hospital; }
    public List<Vacancy> getList() { return list; }
}
