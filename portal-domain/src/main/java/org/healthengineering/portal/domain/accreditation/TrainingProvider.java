package org.healthengineering.portal.domain.accreditation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.account.EmailAddress;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A training provider: an organisation whose members (accounts holding the role Training provider) submit courses
 * to professional bodies for accreditation. A body administrator creates it and decides who its members are; a
 * provider sees and changes only its own courses and completions.
 */
@Entity
@Table(name = "training_provider")
public class TrainingProvider implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "website", length = 500)
    private String website;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_provider_member", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "account_id")
    private Set<Long> memberIds = new HashSet<>();

    @Version
    @Column(name = "version")
    private int version;

    protected TrainingProvider() {
    }

    public TrainingProvider(String code, String name, String contactEmail, String website, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !code.trim().matches("[A-Za-z0-9\\-]{2,20}")) {
            problems.add(new FieldProblem("code", "A provider's code is 2–20 letters, digits or dashes."));
        }
        problems.addAll(detailProblems(name, contactEmail, website));
        InvalidInputException.throwIfAny(problems);
        this.code = code.trim().toUpperCase(Locale.ROOT);
        this.createdAt = now;
        describe(name, contactEmail, website);
    }

    /** Changes the provider's name, contact and website; every problem is reported at once. */
    public final void describe(String name, String contactEmail, String website) {
        InvalidInputException.throwIfAny(detailProblems(name, contactEmail, website));
        this.name = name.trim();
        this.contactEmail = EmailAddress.normalise(contactEmail);
        this.website = website == null || website.isBlank() ? null : website.trim();
    }

    private static List<FieldProblem> detailProblems(String name, String contactEmail, String website) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            problems.add(new FieldProblem("name", "Give the provider's name (at most 200 characters)."));
        }
        if (EmailAddress.problemWith(contactEmail).isPresent()) {
            problems.add(new FieldProblem("contactEmail", "Give an email address people can write to."));
        }
        if (website != null && !website.isBlank() && !isWebAddress(website.trim())) {
            problems.add(new FieldProblem("website", "A website is an http or https address of at most 500 characters."));
        }
        return problems;
    }

    private static boolean isWebAddress(String text) {
        if (text.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Replaces the provider's members. */
    public void assignMembers(Set<Long> accountIds) {
        memberIds.clear();
        memberIds.addAll(accountIds);
    }

    public boolean hasMember(long accountId) {
        return memberIds.contains(accountId);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getWebsite() {
        return website;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }
}
