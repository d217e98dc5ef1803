package org.healthengineering.portal.application.recognition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.domain.recognition.ApplicationState;
import org.healthengineering.portal.domain.recognition.RecognitionApplication;
import org.healthengineering.portal.domain.recognition.RecognitionScheme;
import org.healthengineering.portal.domain.recognition.RegisterEntry;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.Like;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public register of recognition, as the Engineering Council keeps one: anyone, without an account, finds the
 * holders of awards by name or by award, and reads the award, the body, the date and whether it is current, lapsed
 * or removed. Only awards whose holders consent appear; nothing else about them does (no email, no hospital).
 */
@ApplicationScoped
public class PublicRegister {

    /** The most lines one search answers. */
    public static final int MOST = 100;
    static final int QUERY_LENGTH = 100;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The consenting holders whose name, award (name, code or post-nominal letters) or body contains every word
     * of {@code q}, by name; empty {@code q} lists the register from the start. One statement.
     */
    public List<RegisterEntry> search(String q) {
        if (q != null && q.length() > QUERY_LENGTH) {
            throw InvalidInputException.of("q", "Search with at most " + QUERY_LENGTH + " characters.");
        }
        List<String> words = q == null || q.isBlank() ? List.of()
                : List.of(q.trim().toLowerCase(Locale.ROOT).split("\\s+"));
        if (words.size() > 6) {
            throw InvalidInputException.of("q", "Search with at most 6 words.");
        }
        StringBuilder jpql = new StringBuilder("SELECT a, s, p.displayName, b.name FROM RecognitionApplication a,"
                + " RecognitionScheme s, Account p, ProfessionalBody b WHERE a.state = :awarded"
                + " AND a.registerConsent = TRUE AND s.id = a.schemeId AND p.id = a.applicantId AND b.id = s.bodyId");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" AND (LOWER(p.displayName) LIKE :w").append(i).append(" ESCAPE '\\' OR LOWER(s.name) LIKE :w")
                    .append(i).append(" ESCAPE '\\' OR LOWER(s.code) LIKE :w").append(i)
                    .append(" ESCAPE '\\' OR LOWER(s.postNominal) LIKE :w").append(i)
                    .append(" ESCAPE '\\' OR LOWER(b.name) LIKE :w").append(i).append(" ESCAPE '\\')");
        }
        jpql.append(" ORDER BY p.displayName, a.awardedOn, a.id");
        var query = em.createQuery(jpql.toString(), Object[].class).setParameter("awarded", ApplicationState.AWARDED)
                .setMaxResults(MOST);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, Like.containing(words.get(i)));
        }
        LocalDate today = LocalDate.now(clock);
        return query.getResultList().stream()
                .map(r -> RegisterEntry.of((RecognitionApplication) r[0], (RecognitionScheme) r[1], (String) r[2],
                        (String) r[3], today))
                .flatMap(Optional::stream).toList();
    }
}
