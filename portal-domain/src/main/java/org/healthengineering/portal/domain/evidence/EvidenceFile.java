package org.healthengineering.portal.domain.evidence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A file of evidence for a CPD activity or a self-assessment, kept in the database. Only files whose content is one of the
 * {@link EvidenceType}s, agreeing with the name's extension, of at most 10 MB are accepted. The name is kept for
 * display and download only, cleaned of anything path-like.
 */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @Column(name = "activity_id", updatable = false)
    private Long activityId;

    @Column(name = "assessment_id", updatable = false)
    private Long assessmentId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected EvidenceFile() {
    }

    /** Checks a file for a CPD activity and keeps it; refuses an empty, oversized, unknown or disguised file. */
    public static EvidenceFile accept(long ownerId, long activityId, String fileName, byte[] content, Instant now) {
        return accept(ownerId, activityId, null, fileName, content, now);
    }

    /** The same for a self-assessment of a competency. */
    public static EvidenceFile forAssessment(long ownerId, long assessmentId, String fileName, byte[] content,
                                             Instant now) {
        return accept(ownerId, null, assessmentId, fileName, content, now);
    }

    private static EvidenceFile accept(long ownerId, Long activityId, Long assessmentId, String fileName,
                                       byte[] content, Instant now) {
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "The file is empty.");
        }
        if (content.length > EvidenceType.MAX_BYTES) {
            throw InvalidInputException.of("file", "A file can be at most 10 MB; this one is "
                    + String.format(java.util.Locale.UK, "%.1f MB", content.length / 1048576.0) + ".");
        }
        EvidenceType type = EvidenceType.recognise(name, content);
        EvidenceFile file = new EvidenceFile();
        file.ownerId = ownerId;
        file.activityId = activityId;
        file.assessmentId = assessmentId;
        file.fileName = name;
        file.mediaType = type.getMediaType();
        file.sizeBytes = content.length;
        file.sha256 = sha256(content);
        file.content = content.clone();
        file.uploadedAt = now;
        return file;
    }

    /** The last segment of what the client called the file, without control or path characters, at most 255. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"*:<>?|]", "_").trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "evidence";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isOwnedBy(long accountId) {
        return ownerId == accountId;
    }

    /** The name for a Content-Disposition header: ASCII fallback and the RFC 5987 UTF-8 form. */
    public String contentDisposition() {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Long getActivityId() {
        return activityId;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
