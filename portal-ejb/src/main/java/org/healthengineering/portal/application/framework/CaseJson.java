package org.healthengineering.portal.application.framework;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import org.healthengineering.portal.domain.framework.CrosswalkKind;
import org.healthengineering.portal.domain.framework.FrameworkPackage;
import org.healthengineering.portal.domain.framework.FrameworkStatus;
import org.healthengineering.portal.domain.framework.ImportRefusedException;
import org.healthengineering.portal.domain.framework.PackageProblem;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Reads and writes 1EdTech CASE 1.0 CFPackages. {@code isChildOf} associations build the tree (a child of the
 * CFDocument is a top-level node); {@code exactMatchOf} and {@code isRelatedTo} are cross-walks; the proficiency
 * scale travels as a CFRubric whose criterion levels are the scale's levels. Portal facts CASE has no field for
 * (framework code, proficient-from levels) travel in {@code extensions}, which CASE allows on every object.
 */
public final class CaseJson {

    public static final String MEDIA_TYPE = "application/json";
    private static final String IS_CHILD_OF = "isChildOf";

    private CaseJson() {
    }

    /** Reads a CFPackage; a file that is not JSON, or lacks the CASE parts, is refused with its problems. */
    public static FrameworkPackage read(InputStream in) {
        JsonObject root;
        try {
            JsonValue value = Json.createReader(in).readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw refused("document", "is not a JSON object (a CASE CFPackage is one)");
            }
            root = value.asJsonObject();
        } catch (JsonParsingException e) {
            throw refused("document", "is not valid JSON: " + e.getMessage());
        }
        List<PackageProblem> problems = new ArrayList<>();
        JsonObject document = object(root, "CFDocument");
        if (document == null) {
            throw refused("document", "has no CFDocument");
        }
        String documentId = text(document, "identifier");
        JsonObject documentExtensions = object(document, "extensions");
        List<FrameworkPackage.Level> levels = new ArrayList<>();
        Integer proficientFrom = null;
        for (JsonObject rubric : objects(root, "CFRubrics")) {
            for (JsonObject criterion : objects(rubric, "CFRubricCriteria")) {
                for (JsonObject level : objects(criterion, "CFRubricCriterionLevels")) {
                    JsonNumber score = level.getJsonNumber("score");
                    if (score == null) {
                        problems.add(new PackageProblem(text(level, "identifier"), "rubric level has no score"));
                        continue;
                    }
                    levels.add(new FrameworkPackage.Level(score.intValue(), text(level, "quality"),
                            text(level, "description")));
                }
                JsonObject extensions = object(criterion, "extensions");
                if (extensions != null && extensions.containsKey("proficientFrom")) {
                    proficientFrom = extensions.getInt("proficientFrom");
                }
            }
            if (!levels.isEmpty()) {
                break;
            }
        }
        if (levels.isEmpty()) {
            levels.addAll(DefaultScale.LEVELS);
        }
        if (proficientFrom == null) {
            proficientFrom = Math.min(3, levels.size());
        }
        String code = documentExtensions != null && documentExtensions.containsKey("code")
                ? documentExtensions.getString("code") : codeFrom(text(document, "title"));
        JsonObject licence = object(document, "licenseURI");
        FrameworkPackage.Header header = new FrameworkPackage.Header(documentId, text(document, "uri"), code,
                text(document, "title"), firstText(document, "publisher", "creator"), text(document, "description"),
                licence == null ? text(document, "notes") : text(licence, "title"),
                firstText(document, "version", "lastChangeDateTime"), proficientFrom, status(text(document,
                "adoptionStatus")));

        Map<String, String> parents = new HashMap<>();
        Map<String, Integer> sequence = new HashMap<>();
        List<FrameworkPackage.Association> associations = new ArrayList<>();
        for (JsonObject association : objects(root, "CFAssociations")) {
            String type = text(association, "associationType");
            String origin = nodeIdentifier(association, "originNodeURI");
            String destination = nodeIdentifier(association, "destinationNodeURI");
            String where = text(association, "identifier") == null ? "association" : text(association, "identifier");
            if (origin == null || destination == null) {
                problems.add(new PackageProblem(where, "has no origin or destination node"));
                continue;
            }
            if (IS_CHILD_OF.equals(type)) {
                if (parents.put(origin, destination.equals(documentId) ? null : destination) != null) {
                    problems.add(new PackageProblem(origin, "has more than one parent"));
                }
                JsonNumber order = association.getJsonNumber("sequenceNumber");
                if (order != null) {
                    sequence.put(origin, order.intValue());
                }
            } else {
                CrosswalkKind.ofCase(type).ifPresent(kind -> associations.add(new FrameworkPackage.Association(
                        text(association, "identifier"), kind, origin, destination,
                        association.getJsonObject("destinationNodeURI").getString("uri", null))));
            }
        }
        List<FrameworkPackage.Node> nodes = new ArrayList<>();
        int position = 0;
        for (JsonObject item : objects(root, "CFItems")) {
            position++;
            String identifier = text(item, "identifier");
            String statement = text(item, "fullStatement");
            String title = firstText(item, "abbreviatedStatement", "fullStatement");
            if (title != null && title.length() > 300) {
                title = title.substring(0, 299) + "…";
            }
            JsonObject extensions = object(item, "extensions");
            Integer override = extensions != null && extensions.containsKey("proficientFrom")
                    ? extensions.getInt("proficientFrom") : null;
            Integer listed = parseInt(text(item, "listEnumeration"));
            int order = sequence.getOrDefault(identifier, listed == null ? position : listed);
            nodes.add(new FrameworkPackage.Node(identifier, text(item, "uri"), parents.get(identifier),
                    firstText(item, "humanCodingScheme"), title, statement,
                    text(item, "CFItemType"), order, override));
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        return new FrameworkPackage(header, levels, nodes, associations);
    }

    /** Writes a CFPackage that {@link #read} reads back to the same package. */
    public static JsonObject write(FrameworkPackage pkg, String baseUri) {
        FrameworkPackage.Header header = pkg.header();
        String now = Instant.now().toString();
        String documentUri = header.uri() != null ? header.uri() : baseUri + "/CFDocuments/" + header.identifier();
        JsonObject documentRef = Json.createObjectBuilder().add("title", header.title())
                .add("identifier", header.identifier()).add("uri", documentUri).build();
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("identifier", header.identifier())
                .add("uri", documentUri)
                .add("creator", header.publisher())
                .add("publisher", header.publisher())
                .add("title", header.title())
                .add("version", header.versionLabel())
                .add("adoptionStatus", caseStatus(header.status()))
                .add("language", "en")
                .add("lastChangeDateTime", now)
                .add("extensions", Json.createObjectBuilder().add("code", header.code()));
        optional(document, "description", header.description());
        if (header.licence() != null) {
            document.add("licenseURI", Json.createObjectBuilder().add("title", header.licence())
                    .add("identifier", UUID.nameUUIDFromBytes(header.licence().getBytes()).toString())
                    .add("uri", baseUri + "/CFLicenses/" + header.identifier()));
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        JsonArrayBuilder associations = Json.createArrayBuilder();
        Map<String, FrameworkPackage.Node> byIdentifier = new HashMap<>();
        pkg.nodes().forEach(n -> byIdentifier.put(n.identifier(), n));
        for (FrameworkPackage.Node node : pkg.nodes()) {
            String uri = itemUri(node, baseUri);
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("identifier", node.identifier())
                    .add("uri", uri)
                    .add("listEnumeration", String.valueOf(node.sortOrder()))
                    .add("lastChangeDateTime", now)
                    .add("CFDocumentURI", documentRef);
            optional(item, "fullStatement", node.statement());
            optional(item, "abbreviatedStatement", node.title());
            optional(item, "humanCodingScheme", node.code());
            optional(item, "CFItemType", node.itemType());
            if (node.proficientFrom() != null) {
                item.add("extensions", Json.createObjectBuilder().add("proficientFrom", node.proficientFrom()));
            }
            items.add(item);
            FrameworkPackage.Node parent = node.parentIdentifier() == null ? null : byIdentifier.get(node.parentIdentifier());
            JsonObject destination = parent == null ? documentRef : Json.createObjectBuilder()
                    .add("title", parent.title()).add("identifier", parent.identifier())
                    .add("uri", itemUri(parent, baseUri)).build();
            associations.add(association(UUID.nameUUIDFromBytes(("child:" + node.identifier()).getBytes()).toString(),
                    IS_CHILD_OF, node, uri, destination, node.sortOrder(), documentRef, baseUri, now));
        }
        for (FrameworkPackage.Association crosswalk : pkg.associations()) {
            FrameworkPackage.Node origin = byIdentifier.get(crosswalk.originIdentifier());
            JsonObjectBuilder destination = Json.createObjectBuilder().add("title", crosswalk.destinationIdentifier())
                    .add("identifier", crosswalk.destinationIdentifier())
                    .add("uri", crosswalk.destinationUri() != null ? crosswalk.destinationUri()
                            : baseUri + "/CFItems/" + crosswalk.destinationIdentifier());
            associations.add(association(crosswalk.identifier(), crosswalk.kind().caseAssociationType(), origin,
                    itemUri(origin, baseUri), destination.build(), null, documentRef, baseUri, now));
        }
        JsonArrayBuilder levels = Json.createArrayBuilder();
        for (FrameworkPackage.Level level : pkg.levels()) {
            JsonObjectBuilder builder = Json.createObjectBuilder()
                    .add("identifier", UUID.nameUUIDFromBytes((header.identifier() + ":level:" + level.level()).getBytes())
                            .toString())
                    .add("quality", level.label())
                    .add("score", level.level())
                    .add("position", level.level());
            optional(builder, "description", level.description());
            levels.add(builder);
        }
        String rubricId = UUID.nameUUIDFromBytes((header.identifier() + ":scale").getBytes()).toString();
        JsonObject rubric = Json.createObjectBuilder()
                .add("identifier", rubricId)
                .add("uri", baseUri + "/CFRubrics/" + rubricId)
                .add("title", "Proficiency scale")
                .add("lastChangeDateTime", now)
                .add("CFRubricCriteria", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("identifier", UUID.nameUUIDFromBytes((rubricId + ":criterion").getBytes()).toString())
                        .add("category", "Proficiency")
                        .add("description", "Levels of proficiency; proficient from level " + header.proficientFrom())
                        .add("rubricId", rubricId)
                        .add("lastChangeDateTime", now)
                        .add("extensions", Json.createObjectBuilder().add("proficientFrom", header.proficientFrom()))
                        .add("CFRubricCriterionLevels", levels)))
                .build();
        return Json.createObjectBuilder()
                .add("CFDocument", document)
                .add("CFItems", items)
                .add("CFAssociations", associations)
                .add("CFDefinitions", Json.createObjectBuilder().add("CFItemTypes", itemTypes(pkg, baseUri, now)))
                .add("CFRubrics", Json.createArrayBuilder().add(rubric))
                .build();
    }

    private static JsonArrayBuilder itemTypes(FrameworkPackage pkg, String baseUri, String now) {
        JsonArrayBuilder types = Json.createArrayBuilder();
        pkg.nodes().stream().map(FrameworkPackage.Node::itemType).filter(Objects::nonNull).distinct().sorted().forEach(type -> {
            String id = UUID.nameUUIDFromBytes(("type:" + type).getBytes()).toString();
            types.add(Json.createObjectBuilder().add("identifier", id).add("uri", baseUri + "/CFItemTypes/" + id)
                    .add("title", type).add("description", type).add("hierarchyCode", type)
                    .add("lastChangeDateTime", now));
        });
        return types;
    }

    private static JsonObject association(String identifier, String type, FrameworkPackage.Node origin,
                                          String originUri, JsonObject destination, Integer sequence,
                                          JsonObject documentRef, String baseUri, String now) {
        JsonObjectBuilder builder = Json.createObjectBuilder()
                .add("identifier", identifier)
                .add("uri", baseUri + "/CFAssociations/" + identifier)
                .add("associationType", type)
                .add("originNodeURI", Json.createObjectBuilder().add("title", origin.title())
                        .add("identifier", origin.identifier()).add("uri", originUri))
                .add("destinationNodeURI", destination)
                .add("lastChangeDateTime", now)
                .add("CFDocumentURI", documentRef);
        if (sequence != null) {
            builder.add("sequenceNumber", sequence);
        }
        return builder.build();
    }

    private static String itemUri(FrameworkPackage.Node node, String baseUri) {
        return node.uri() != null ? node.uri() : baseUri + "/CFItems/" + node.identifier();
    }

    private static String caseStatus(FrameworkStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case PUBLISHED -> "Adopted";
            case RETIRED -> "Deprecated";
        };
    }

    private static FrameworkStatus status(String adoptionStatus) {
        if (adoptionStatus == null) {
            return FrameworkStatus.DRAFT;
        }
        return switch (adoptionStatus) {
            case "Adopted", "Implemented" -> FrameworkStatus.PUBLISHED;
            case "Deprecated" -> FrameworkStatus.RETIRED;
            default -> FrameworkStatus.DRAFT;
        };
    }

    private static String codeFrom(String title) {
        if (title == null) {
            return null;
        }
        StringBuilder code = new StringBuilder();
        for (String word : title.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                code.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return code.length() == 0 ? null : code.substring(0, Math.min(code.length(), 40));
    }

    private static String nodeIdentifier(JsonObject association, String key) {
        JsonObject node = object(association, key);
        return node == null ? null : text(node, "identifier");
    }

    private static void optional(JsonObjectBuilder builder, String key, String value) {
        if (value != null) {
            builder.add(key, value);
        }
    }

    private static Integer parseInt(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonObject object(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        return value instanceof JsonObject object ? object : null;
    }

    private static List<JsonObject> objects(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        List<JsonObject> objects = new ArrayList<>();
        for (JsonValue element : array) {
            if (element instanceof JsonObject object) {
                objects.add(object);
            }
        }
        return objects;
    }

    private static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static String firstText(JsonObject object, String... keys) {
        for (String key : keys) {
            String text = text(object, key);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static ImportRefusedException refused(String where, String what) {
        return new ImportRefusedException(List.of(new PackageProblem(where, what)));
    }
}
