package org.healthengineering.portal.domain.mentoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting in the log: its date, notes both participants see, and each participant's private notes, which
 * only their author ever reads ({@link #privateNoteOf}).
 */
@Entity
@Table(name = "mentoring_meeting")
public class MentoringMeeting implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOTES_LENGTH = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "mentoring_id", nullable = false, updatable = false)
    private Long mentoringId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "shared_notes", nullable = false, length = NOTES_LENGTH)
    private String sharedNotes;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentoring_private_note", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "author_id")
    @Column(name = "note", length = NOTES_LENGTH)
    private Map<Long, String> privateNotes = new HashMap<>();

    protected MentoringMeeting() {
    }

    public MentoringMeeting(long mentoringId, LocalDate heldOn, String sharedNotes, String privateNote, long author,
                            LocalDate today, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (heldOn == null || heldOn.isAfter(today)) {
            problems.add(new FieldProblem("heldOn", "Give the date the meeting was held (not in the future)."));
        }
        if (sharedNotes == null || sharedNotes.isBlank() || sharedNotes.length() > NOTES_LENGTH) {
            problems.add(new FieldProblem("sharedNotes", "Write the notes you both see (at most 10,000 characters)."));
        }
        if (privateNote != null && privateNote.length() > NOTES_LENGTH) {
            problems.add(new FieldProblem("privateNote", "Use at most 10,000 characters."));
        }
        InvalidInputException.throwIfAny(problems);
        this.mentoringId = mentoringId;
        this.heldOn = heldOn;
        this.sharedNotes = sharedNotes.trim();
        this.createdBy = author;
        this.createdAt = now;
        writePrivateNote(author, privateNote);
    }

    /** Sets (or, when blank, removes) the author's own private note. */
    public void writePrivateNote(long author, String note) {
        if (note == null || note.isBlank()) {
            privateNotes.remove(author);
        } else if (note.length() > NOTES_LENGTH) {
            throw InvalidInputException.of("privateNote", "Use at most 10,000 characters.");
        } else {
            privateNotes.put(author, note.trim());
        }
    }

    /** The reader's own private note; another participant's note is never returned. */
    public Optional<String> privateNoteOf(long reader) {
        return Optional.ofNullable(privateNotes.get(reader));
    }

    public Long getId() { return id; }
    public Long getMentoringId() { return mentoringId; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getSharedNotes() { return sharedNotes; }
    public Long getCreatedBy() { return createdBy; }
}
