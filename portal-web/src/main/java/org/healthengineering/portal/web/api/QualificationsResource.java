package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.qualification.Qualifications;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.qualification.QualificationKind;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The qualifications catalogue, the qualifications I hold, and verification. */
@Path("qualifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualificationsResource {

    /** A catalogue entry. */
    public record QualificationJson(Long id, String code, String name, String awardingBody, String kind, Integer level,
                                    Integer renewalMonths, String achievementId, String achievementIssuer) {
        static QualificationJson of(Qualification q) {
            return new QualificationJson(q.getId(), q.getCode(), q.getName(), q.getAwardingBody(), q.getKind().name(),
                    q.getLevel(), q.getRenewalMonths(), q.getAchievementRef(), q.getAchievementIssuer());
        }
    }

    /** A qualification held; {@code status} is UNVERIFIED, VERIFIED or EXPIRED. */
    public record HeldJson(Long id, Long qualificationId, String awardedOn, String expiresOn,
                           String registrationNumber, String evidenceNote, String status, Instant verifiedAt) {
        static HeldJson of(HeldQualification h, LocalDate today) {
            return new HeldJson(h.getId(), h.getQualificationId(), h.getAwardedOn().toString(),
                    h.getExpiresOn() == null ? null : h.getExpiresOn().toString(), h.getRegistrationNumber(),
                    h.getEvidenceNote(), h.status(today).name(), h.getVerifiedAt());
        }
    }

    @Inject
    Qualifications qualifications;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The qualifications catalogue")
    public List<QualificationJson> catalogue() {
        return qualifications.catalogue().stream().map(QualificationJson::of).toList();
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Add or revise a catalogue entry (body administrators); achievementId and"
            + " achievementIssuer name the Open Badges achievement whose imported, verified credentials from that"
            + " issuer prove it (both blank remove it, both absent keep it)")
    public QualificationJson catalogueEntry(@PathParam("code") String code, QualificationJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the qualification as JSON.");
        }
        QualificationKind kind = ApiInput.enumOf(QualificationKind.class, body.kind(), "kind");
        return QualificationJson.of(qualifications.catalogueEntry(code, body.name(), body.awardingBody(), kind,
                body.level(), body.renewalMonths(), body.achievementId(), body.achievementIssuer()));
    }

    @GET
    @Path("awaiting-verification")
    @Operation(summary = "Held qualifications not yet verified (body administrators and assessors)")
    public List<HeldJson> awaiting() {
        return qualifications.awaitingVerification().stream().map(this::held).toList();
    }

    @POST
    @Path("held/{id}/verify")
    @Operation(summary = "Verify a held qualification (body administrators and assessors)")
    public HeldJson verify(@PathParam("id") long id) {
        return held(qualifications.verify(id));
    }

    private HeldJson held(HeldQualification h) {
        return HeldJson.of(h, LocalDate.now(clock));
    }

}
