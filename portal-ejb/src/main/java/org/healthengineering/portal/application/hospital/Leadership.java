package org.healthengineering.portal.application.hospital;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.leadership.LeadershipPost;
import org.healthengineering.portal.domain.leadership.ParityScorecard;
import org.healthengineering.portal.domain.leadership.ReportingLines;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hospital's leadership structure: its administrators keep the posts; its administrators and board viewers
 * read them and the parity scorecard. Reporting lines never loop and never leave the hospital.
 */
@Stateless
public class Leadership {

    private static final String SUBJECT = "LeadershipPost";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    org.healthengineering.portal.application.benchmark.BenchmarkValues benchmarkValues;

    @Inject
    Caller caller;

    @Inject
    Hospitals hospitals;

    @Inject
    Event<AuditEvent> audit;

    public List<LeadershipPost> posts(String hospitalCode) {
        Hospital hospital = hospitals.readable(hospitalCode);
        return postsOf(hospital.getId());
    }

    public ParityScorecard parity(String hospitalCode) {
        return ParityScorecard.of(posts(hospitalCode));
    }

    public LeadershipPost addPost(String hospitalCode, LeadershipPost.PostDetails details) {
        Hospital hospital = editable(hospitalCode);
        checkLine(hospital, null, details.reportsToId());
        LeadershipPost post = new LeadershipPost(hospital.getId(), details);
        em.persist(post);
        em.flush();
        keepParityCurrent(hospital);
        audit.fire(AuditEvent.created(AuditAction.LEADERSHIP_POST_ADDED, SUBJECT, post.getId(),
                hospital.getCode() + ": " + post.getTitle() + " (" + post.getKind() + ")"));
        return post;
    }

    public LeadershipPost revisePost(String hospitalCode, long postId, LeadershipPost.PostDetails details) {
        Hospital hospital = editable(hospitalCode);
        LeadershipPost post = postOf(hospital, postId);
        checkLine(hospital, postId, details.reportsToId());
        String before = post.getTitle() + " " + post.getKind() + " reports to " + post.getReportsToId();
        post.describe(details);
        keepParityCurrent(hospital);
        audit.fire(new AuditEvent(AuditAction.LEADERSHIP_POST_REVISED, SUBJECT, postId, before,
                post.getTitle() + " " + post.getKind() + " reports to " + post.getReportsToId()));
        return post;
    }

    public void removePost(String hospitalCode, long postId) {
        Hospital hospital = editable(hospitalCode);
        LeadershipPost post = postOf(hospital, postId);
        em.createQuery("UPDATE LeadershipPost p SET p.reportsToId = NULL WHERE p.reportsToId = :id")
                .setParameter("id", postId).executeUpdate();
        em.remove(post);
        keepParityCurrent(hospital);
        audit.fire(new AuditEvent(AuditAction.LEADERSHIP_POST_REMOVED, SUBJECT, postId,
                hospital.getCode() + ": " + post.getTitle(), null));
    }

    /** Benchmarking compares peers' engineering lead and parity without reading their posts; keep them current. */
    private void keepParityCurrent(Hospital hospital) {
        ParityScorecard card = ParityScorecard.of(postsOf(hospital.getId()));
        Hospital.BenchmarkTraits traits = hospital.benchmarkTraits();
        hospital.recordLeadership(card.engineeringLead().isPresent(), card.overall().orElse(null));
        if (!traits.equals(hospital.benchmarkTraits())) {
            benchmarkValues.hospitalChanged(hospital.getId(), traits);
        }
    }

    private Hospital editable(String hospitalCode) {
        Hospital hospital = hospitals.readable(hospitalCode);
        caller.check(Permissions.hospitalEdit(hospital.getId()));
        return hospital;
    }

    private LeadershipPost postOf(Hospital hospital, long postId) {
        LeadershipPost post = em.find(LeadershipPost.class, postId);
        if (post == null || !post.getHospitalId().equals(hospital.getId())) {
            throw new NotFoundException("Leadership post", postId);
        }
        return post;
    }

    private void checkLine(Hospital hospital, Long postId, Long reportsToId) {
        if (reportsToId == null) {
            return;
        }
        List<LeadershipPost> posts = postsOf(hospital.getId());
        if (posts.stream().noneMatch(p -> p.getId().equals(reportsToId))) {
            throw InvalidInputException.of("reportsToId", "Choose a post of this hospital to report to.");
        }
        Map<Long, Long> reportsTo = new HashMap<>();
        posts.forEach(p -> reportsTo.put(p.getId(), p.getReportsToId()));
        if (postId != null && ReportingLines.wouldLoop(reportsTo, postId, reportsToId)) {
            throw InvalidInputException.of("reportsToId",
                    "That would make the post report to itself through others; reporting lines cannot loop.");
        }
    }

    private List<LeadershipPost> postsOf(long hospitalId) {
        return em.createQuery("SELECT p FROM LeadershipPost p WHERE p.hospitalId = :h ORDER BY p.id",
                LeadershipPost.class).setParameter("h", hospitalId).getResultList();
    }
}
