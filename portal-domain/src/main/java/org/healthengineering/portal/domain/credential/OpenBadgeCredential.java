package org.healthengineering.portal.domain.credential;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The unsigned Open Badges 3.0 {@code OpenBadgeCredential} (VC Data Model 2.0, OB context 3.0.3) the portal issues
 * for an award, an accredited course completion or a verified competency. Every term it writes is defined by those
 * two contexts, which signing checks ({@link RdfCanonicalForm} refuses undefined terms).
 *
 * @param id          the credential's URL
 * @param issuer      who issues it, as an OB {@code Profile}
 * @param achievement what was achieved
 * @param subject     who achieved it (a hashed email) and how
 * @param evidence    what justified it, in words and links to public pages, never private content
 * @param status      its entries in the issuer's revocation and suspension lists
 */
public record OpenBadgeCredential(String id, Profile issuer, Achievement achievement, Subject subject,
                                  List<Evidence> evidence, Instant validFrom, Instant validUntil,
                                  List<StatusEntry> status) {

    public static final List<String> CONTEXTS = List.of(BundledContexts.CREDENTIALS_V2,
            BundledContexts.OPEN_BADGES_3_0_3);

    public OpenBadgeCredential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(validFrom, "validFrom");
        evidence = List.copyOf(evidence);
        status = List.copyOf(status);
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("a credential's validUntil must come after its validFrom");
        }
    }

    /** The issuer as an OB {@code Profile}: a stable URL that serves the profile with its keys. */
    public record Profile(String id, String name, String url, String description) {
        public Profile {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A CASE item the achievement covers: an {@code Alignment} of {@code targetType} {@code CFItem}. */
    public record Alignment(String identifier, String uri, String name, String framework, String description) {
        public Alignment {
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(name, "name");
        }
    }

    /** One level of a proficiency scale: {@code number} as the framework counts it, and its label. */
    public record Level(int number, String label) {
    }

    /**
     * What was achieved. {@code type} is an OB achievement type ({@code Certification}, {@code Course}, {@code
     * Competency}); {@code credits} only for courses; {@code levels} the scale a competency is verified on.
     */
    public record Achievement(String id, String type, String name, String description, String criteria,
                              String humanCode, BigDecimal credits, List<Alignment> alignments, List<Level> levels) {
        public Achievement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(criteria, "criteria");
            alignments = List.copyOf(alignments);
            levels = List.copyOf(levels);
        }

        /** The achievement as JSON, as credentials carry it and its id answers. */
        public JsonObjectBuilder toJson() {
            JsonObjectBuilder json = JsonBuilders.FACTORY.createObjectBuilder()
                    .add("id", id())
                    .add("type", strings(List.of("Achievement")))
                    .add("achievementType", type())
                    .add("name", name());
            optional(json, "description", description());
            json.add("criteria", JsonBuilders.FACTORY.createObjectBuilder().add("narrative", criteria()));
            optional(json, "humanCode", humanCode());
            if (credits() != null) {
                json.add("creditsAvailable", credits());
            }
            if (!alignments().isEmpty()) {
                JsonArrayBuilder alignments = JsonBuilders.FACTORY.createArrayBuilder();
                for (Alignment a : alignments()) {
                    JsonObjectBuilder alignment = JsonBuilders.FACTORY.createObjectBuilder()
                            .add("type", strings(List.of("Alignment")))
                            .add("targetType", "CFItem")
                            .add("targetCode", a.identifier())
                            .add("targetName", a.name())
                            .add("targetUrl", a.uri());
                    optional(alignment, "targetFramework", a.framework());
                    optional(alignment, "targetDescription", a.description());
                    alignments.add(alignment);
                }
                json.add("alignment", alignments);
            }
            if (!levels().isEmpty()) {
                JsonArrayBuilder levels = JsonBuilders.FACTORY.createArrayBuilder();
                for (Level level : levels()) {
                    levels.add(JsonBuilders.FACTORY.createObjectBuilder()
                            .add("id", id() + "#level-" + level.number())
                            .add("type", strings(List.of("RubricCriterionLevel")))
                            .add("name", level.label())
                            .add("level", Integer.toString(level.number())));
                }
                json.add("resultDescription", JsonBuilders.FACTORY.createArrayBuilder()
                        .add(JsonBuilders.FACTORY.createObjectBuilder()
                        .add("id", id() + "#levels")
                        .add("type", strings(List.of("ResultDescription")))
                        .add("name", "Proficiency level")
                        .add("resultType", "RubricCriterionLevel")
                        .add("rubricCriterionLevel", levels)));
            }
            return json;
        }
    }

    /**
     * Who achieved it and how: the hashed email, the credits earned and the activity's dates (courses), the level
     * reached (competencies), and when it was awarded.
     */
    public record Subject(IdentityHash identity, BigDecimal creditsEarned, Instant activityStart,
                          Instant activityEnd, Integer level, Instant awarded) {
        public Subject {
            Objects.requireNonNull(identity, "identity");
        }
    }

    /** What justified the credential: a public page (or none), a name and a narrative. */
    public record Evidence(String url, String name, String narrative) {
    }

    /** An entry in a status list: the list credential's URL and the position in it. */
    public record StatusEntry(StatusPurpose purpose, String listUrl, int index) {
    }

    /** The credential as JSON, ready to be signed. */
    public JsonObject toJson() {
        JsonObjectBuilder json = JsonBuilders.FACTORY.createObjectBuilder()
                .add("@context", strings(CONTEXTS))
                .add("id", id)
                .add("type", strings(List.of("VerifiableCredential", "OpenBadgeCredential")))
                .add("issuer", profileJson())
                .add("validFrom", time(validFrom));
        if (validUntil != null) {
            json.add("validUntil", time(validUntil));
        }
        if (subject.awarded() != null) {
            json.add("awardedDate", time(subject.awarded()));
        }
        json.add("name", achievement.name())
                .add("credentialSubject", subjectJson());
        if (!evidence.isEmpty()) {
            JsonArrayBuilder items = JsonBuilders.FACTORY.createArrayBuilder();
            for (Evidence e : evidence) {
                JsonObjectBuilder item = JsonBuilders.FACTORY.createObjectBuilder();
                if (e.url() != null) {
                    item.add("id", e.url());
                }
                item.add("type", strings(List.of("Evidence")));
                optional(item, "name", e.name());
                optional(item, "narrative", e.narrative());
                items.add(item);
            }
            json.add("evidence", items);
        }
        if (!status.isEmpty()) {
            JsonArrayBuilder entries = JsonBuilders.FACTORY.createArrayBuilder();
            for (StatusEntry entry : status) {
                entries.add(JsonBuilders.FACTORY.createObjectBuilder()
                        .add("id", entry.listUrl() + "#" + entry.index())
                        .add("type", "BitstringStatusListEntry")
                        .add("statusPurpose", entry.purpose().term())
                        .add("statusListIndex", Integer.toString(entry.index()))
                        .add("statusListCredential", entry.listUrl()));
            }
            json.add("credentialStatus", entries);
        }
        return json.build();
    }

    private JsonObjectBuilder profileJson() {
        JsonObjectBuilder profile = JsonBuilders.FACTORY.createObjectBuilder().add("id", issuer.id())
                .add("type", strings(List.of("Profile"))).add("name", issuer.name());
        optional(profile, "url", issuer.url());
        optional(profile, "description", issuer.description());
        return profile;
    }

    private JsonObjectBuilder subjectJson() {
        JsonObjectBuilder json = JsonBuilders.FACTORY.createObjectBuilder()
                .add("type", strings(List.of("AchievementSubject")))
                .add("identifier", JsonBuilders.FACTORY.createArrayBuilder().add(subject.identity().toJson()))
                .add("achievement", achievement.toJson());
        if (subject.creditsEarned() != null) {
            json.add("creditsEarned", subject.creditsEarned());
        }
        if (subject.activityStart() != null) {
            json.add("activityStartDate", time(subject.activityStart()));
        }
        if (subject.activityEnd() != null) {
            json.add("activityEndDate", time(subject.activityEnd()));
        }
        if (subject.level() != null && !achievement.levels().isEmpty()) {
            json.add("result", JsonBuilders.FACTORY.createArrayBuilder().add(JsonBuilders.FACTORY.createObjectBuilder()
                    .add("type", strings(List.of("Result")))
                    .add("resultDescription", achievement.id() + "#levels")
                    .add("achievedLevel", achievement.id() + "#level-" + subject.level())));
        }
        return json;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = JsonBuilders.FACTORY.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value);
        }
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
