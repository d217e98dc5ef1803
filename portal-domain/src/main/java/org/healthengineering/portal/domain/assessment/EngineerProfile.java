package org.healthengineering.portal.domain.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Facts about an engineer's career that role readiness needs: years of relevant experience and current post. */
@Entity
@Table(name = "engineer_profile")
public class EngineerProfile {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "years_experience")
    private Integer yearsExperience;

    @Column(name = "current_post", length = 200)
    private String currentPost;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EngineerProfile() {
    }

    public EngineerProfile(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    public void update(Integer yearsExperience, String currentPost, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (yearsExperience != null && (yearsExperience < 0 || yearsExperience > 60)) {
            problems.add(new FieldProblem("yearsExperience", "Years of experience run from 0 to 60."));
        }
        if (currentPost != null && currentPost.trim().length() > 200) {
            problems.add(new FieldProblem("currentPost", "Use at most 200 characters."));
        }
        InvalidInputException.throwIfAny(problems);
        this.yearsExperience = yearsExperience;
        this.currentPost = currentPost == null || currentPost.isBlank() ? null : currentPost.trim();
        this.updatedAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Integer getYearsExperience() {
        return yearsExperience;
    }

    public String getCurrentPost() {
        return currentPost;
    }
}
