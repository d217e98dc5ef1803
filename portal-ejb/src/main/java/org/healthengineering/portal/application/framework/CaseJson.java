package org.healthengineering.portal.application.framework;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import org.healthengineering.portal.domain.eligibility.RollUpKind;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.CrosswalkKind;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.FrameworkPackage;
import org.healthengineering.portal.domain.framework.FrameworkStatus;
import org.healthengineering.portal.domain.framework.ImportRefusedException;
import org.healthengineering.portal.domain.framework.PackageProblem;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads and writes 1EdTech CASE 1.0 CFPackages. {@code isChildOf} associations build the tree (a child of the
 * CFDocument is a top-level node); {@code exactMatchOf} and {@code isRelatedTo} are cross-walks; the proficiency
 * scale travels as a CFRubric whose criterion levels are the scale's levels. Portal facts CASE has no field for
 * (framework code, proficient-from levels, a node's roll-up rule as {@code "rollUp": "ALL_CHILDREN"} or
 * {@code "rollUp": "POINTS", "rollUpThreshold": 3}) travel in {@code extensions}, which CASE allows on every
 * object.
 *
 * <p>Reading takes what real publishers emit and refuses only what cannot be read without guessing:
 * <ul>
 * <li>A whole number ({@code sequenceNumber}, a level's {@code score}, {@code proficientFrom}) may be a JSON
 *     number or text holding one in plain digits: {@code 1}, {@code "1"}, {@code " 2 "}, {@code "3.0"} and
 *     {@code 3.0} read alike. {@code "three"}, {@code 2.5}, {@code "1e3"}, {@code true} or an object are
 *     problems.</li>
 * <li>A text field may be a JSON number, read as its digits: {@code "extensions": {"code": 42}} is the code
 *     {@code "42"}, {@code 1.10} is {@code "1.10"}. {@code true}, {@code false}, objects and arrays are problems.
 *     </li>
 * <li>Optional fields may be missing or {@code null}; blank text counts as missing. An item without
 *     {@code humanCodingScheme} has no code of its own (see {@link FrameworkPackage.Node}); one without
 *     {@code abbreviatedStatement} takes its title from {@code fullStatement} (shortened to fit); a
 *     {@code listEnumeration} that is not a whole number (CASE allows "a", "iv") just does not order.</li>
 * <li>Lists ({@code CFItems}, {@code CFAssociations}, {@code CFRubrics} and those inside them) must be arrays of
 *     objects, and {@code CFDocument}, node references, {@code licenseURI} and {@code extensions} must be
 *     objects; anything else, {@code null} elements included, is a problem rather than silently nothing.</li>
 * <li>Required: a {@code CFDocument}; each item's {@code identifier}; each association's
 *     {@code associationType}, and for the types used, {@code originNodeURI} and {@code destinationNodeURI} with
 *     their identifiers; each rubric level's {@code score}. The rest (a document's identifier and title, an item's
 *     statement, …) is checked by {@link FrameworkPackage#problems()}.</li>
 * <li>Association types other than {@code isChildOf}, {@code exactMatchOf} and {@code isRelatedTo} are ignored
 *     after their type is read: CASE has many more ({@code precedes}, {@code isPeerOf}, {@code hasSkillLevel}, …)
 *     that mean nothing in the portal, and refusing them would refuse most real files.</li>
 * <li>The first rubric with levels is the scale; without any, the portal's default scale applies.</li>
 * </ul>
 * Every problem found is listed together with the package's own checks, each with where it is (the object's
 * identifier, or its place such as {@code CFItems[3]} when it has none) and what is wrong, so one refusal says
 * everything to mend. A file is refused whole beyond {@link Framework#MAX_COMPETENCIES} items without checking
 * each one, and JSON nested deeper than {@value #MAX_NESTING} levels (a CFPackage needs under ten) is not read.
 */
public final class CaseJson {

    public static final String MEDIA_TYPE = "application/json";
    /** How deep JSON may nest; the parser stops there instead of recursing without end. */
    static final int MAX_NESTING = 100;
    private static final String IS_CHILD_OF = "isChildOf";
    private static final int LONGEST_TITLE = Competency.TITLE_LENGTH;
    private static final JsonReaderFactory READERS = Json.createReaderFactory(
            Map.of("org.eclipse.parsson.maxDepth", MAX_NESTING));
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]{1,12}(\\.[0-9]{0,12})?");
    private static final PackageProblem HEADER_MISSING =
            new PackageProblem("document", "the framework's own details are missing");

    private CaseJson() {
    }

    /** Reads a CFPackage; a file that is not JSON, or is not a CFPackage the portal can hold, is refused. */
    public static FrameworkPackage read(InputStream in) {
        Reading reading = new Reading();
        Part root = new Part("", "document", "", parse(in));
        Part found = reading.required(root, reading.object(root, "CFDocument"), "CFDocument");
        // Problems in the CFDocument are the "document"'s, named by their own fields ("title", not "CFDocument.title").
        Part document = found == null ? null : new Part(found.path(), "document", "", found.json());
        String documentId = document == null ? null : reading.text(document, "identifier");

        Scale scale = readScale(reading, root);
        FrameworkPackage.Header header = document == null ? null : readHeader(reading, document, documentId, scale);

        Links links = readAssociations(reading, root, documentId);
        List<FrameworkPackage.Node> nodes = new ArrayList<>();
        JsonValue items = root.json().get("CFItems");
        if (items instanceof JsonArray array && array.size() > Framework.MAX_COMPETENCIES) {
            // Checking each item of a file that cannot be imported anyway would only bury this one reason.
            reading.problem("document", FrameworkPackage.tooManyItems(array.size()));
        } else {
            int position = 0;
            for (Part element : reading.objects(root, "CFItems")) {
                position++;
                Part item = reading.named(element);
                String identifier = reading.required(item, reading.text(item, "identifier"), "identifier");
                if (identifier != null) {
                    nodes.add(readItem(reading, item, identifier, links.parents().get(identifier),
                            links.sequence().get(identifier), position));
                }
            }
        }

        FrameworkPackage pkg = new FrameworkPackage(header, scale.levels(), nodes, links.crosswalks());
        List<PackageProblem> problems = new ArrayList<>(reading.problems);
        for (PackageProblem problem : pkg.problems()) {
            // What the reader already reported makes some package checks say the same thing again, less clearly.
            boolean repeat = header == null && problem.equals(HEADER_MISSING)
                    || scale.unreadable() && problem.where().startsWith("scale");
            if (!repeat) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        return pkg;
    }

    /**
     * What the associations say: each item's parent ({@code null} for a child of the document) and place among its
     * siblings, and the cross-walks.
     */
    private record Links(Map<String, String> parents, Map<String, Integer> sequence,
                         List<FrameworkPackage.Association> crosswalks) {
    }

    private static Links readAssociations(Reading reading, Part root, String documentId) {
        Links links = new Links(new HashMap<>(), new HashMap<>(), new ArrayList<>());
        Map<String, String> parents = links.parents();
        for (Part element : reading.objects(root, "CFAssociations")) {
            Part association = reading.named(element);
            String type = reading.required(association, reading.text(association, "associationType"),
                    "associationType");
            Optional<CrosswalkKind> kind = CrosswalkKind.ofCase(type);
            if (type == null || !IS_CHILD_OF.equals(type) && kind.isEmpty()) {
                continue;
            }
            Part originNode = reading.link(association, "originNodeURI");
            Part destination = reading.link(association, "destinationNodeURI");
            String origin = reading.identifierOf(originNode);
            String destinationId = reading.identifierOf(destination);
            Integer order = IS_CHILD_OF.equals(type) ? reading.whole(association, "sequenceNumber") : null;
            if (origin == null || destinationId == null) {
                continue;
            }
            if (kind.isPresent()) {
                links.crosswalks().add(new FrameworkPackage.Association(reading.text(association, "identifier"),
                        kind.get(), origin, destinationId, reading.text(destination, "uri")));
                continue;
            }
            String parent = destinationId.equals(documentId) ? null : destinationId;
            if (parents.containsKey(origin) && !Objects.equals(parents.get(origin), parent)) {
                reading.problem(origin, "has more than one parent");
            }
            parents.putIfAbsent(origin, parent);
            if (order != null) {
                links.sequence().put(origin, order);
            }
        }
        return links;
    }

    /** The scale as read: its levels, proficient-from level, and whether any level could not be read. */
    private record Scale(List<FrameworkPackage.Level> levels, int proficientFrom, boolean unreadable) {
    }

    private static Scale readScale(Reading reading, Part root) {
        List<FrameworkPackage.Level> levels = new ArrayList<>();
        Integer proficientFrom = null;
        boolean unreadable = false;
        for (Part rubric : reading.objects(root, "CFRubrics")) {
            for (Part element : reading.objects(rubric, "CFRubricCriteria")) {
                Part criterion = reading.named(element);
                for (Part levelElement : reading.objects(criterion, "CFRubricCriterionLevels")) {
                    Part level = reading.named(levelElement);
                    int before = reading.problems.size();
                    Integer score = reading.required(level, reading.whole(level, "score"), "score");
                    String quality = reading.text(level, "quality");
                    String description = reading.text(level, "description");
                    if (score == null || reading.problems.size() > before) {
                        unreadable = true;
                    } else {
                        levels.add(new FrameworkPackage.Level(score, quality, description));
                    }
                }
                Part extensions = reading.object(criterion, "extensions");
                Integer threshold = extensions == null ? null : reading.whole(extensions, "proficientFrom");
                if (threshold != null) {
                    proficientFrom = threshold;
                }
            }
            if (!levels.isEmpty() || unreadable) {
                break;
            }
        }
        if (levels.isEmpty() && !unreadable) {
            levels.addAll(DefaultScale.LEVELS);
        }
        return new Scale(levels, proficientFrom != null ? proficientFrom : Math.min(3, levels.size()), unreadable);
    }

    private static FrameworkPackage.Header readHeader(Reading reading, Part document, String identifier, Scale scale) {
        String title = reading.text(document, "title");
        Part extensions = reading.object(document, "extensions");
        String code = extensions == null ? null : reading.text(extensions, "code");
        Part licence = reading.object(document, "licenseURI");
        String notes = reading.text(document, "notes");
        String publisher = reading.text(document, "publisher");
        String creator = reading.text(document, "creator");
        String version = reading.text(document, "version");
        String changed = reading.text(document, "lastChangeDateTime");
        return new FrameworkPackage.Header(identifier, reading.text(document, "uri"),
                code != null ? code : codeFrom(title), title, publisher != null ? publisher : creator,
                reading.text(document, "description"), licence == null ? notes : reading.text(licence, "title"),
                version != null ? version : changed, scale.proficientFrom(),
                status(reading.text(document, "adoptionStatus")));
    }

    private static FrameworkPackage.Node readItem(Reading reading, Part item, String identifier, String parent,
                                                  Integer sequenceNumber, int position) {
        String statement = reading.text(item, "fullStatement");
        String abbreviated = reading.text(item, "abbreviatedStatement");
        String title = abbreviated;
        if (title == null && statement != null) {
            title = statement.length() > LONGEST_TITLE ? shortened(statement) : statement;
        }
        Part extensions = reading.object(item, "extensions");
        Integer threshold = extensions == null ? null : reading.whole(extensions, "proficientFrom");
        String rule = extensions == null ? null : reading.text(extensions, "rollUp");
        Integer rollUpThreshold = extensions == null ? null : reading.whole(extensions, "rollUpThreshold");
        RollUpKind rollUp = null;
        if (rule != null) {
            rollUp = Arrays.stream(RollUpKind.values()).filter(k -> k.name().equals(rule.trim())).findFirst()
                    .orElse(null);
            if (rollUp == null) {
                reading.problem(item.where(), "extensions.rollUp \"" + rule + "\" must be ALL_CHILDREN or POINTS");
                // The threshold means nothing without a rule that can be read: it is not reported again.
                rollUpThreshold = null;
            }
        }
        String listed = reading.text(item, "listEnumeration");
        Integer listedOrder = listed != null && PLAIN_NUMBER.matcher(listed.trim()).matches()
                ? wholeOrNull(new BigDecimal(listed.trim())) : null;
        int order = sequenceNumber != null ? sequenceNumber : listedOrder != null ? listedOrder : position;
        return new FrameworkPackage.Node(identifier, reading.text(item, "uri"), parent,
                reading.text(item, "humanCodingScheme"), title, statement, reading.text(item, "CFItemType"), order,
                threshold, rollUp, rollUpThreshold);
    }

    /** A statement cut to fit as a title, never between the two halves of a character. */
    private static String shortened(String statement) {
        int cut = LONGEST_TITLE - 1;
        if (Character.isHighSurrogate(statement.charAt(cut - 1))) {
            cut--;
        }
        return statement.substring(0, cut) + "…";
    }

    private static JsonObject parse(InputStream in) {
        JsonValue value;
        try {
            value = READERS.createReader(in).readValue();
        } catch (JsonParsingException e) {
            throw refused("document", "is not valid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Parsers also refuse bytes with other exceptions (nesting too deep, numbers too long, no encoding).
            throw refused("document", "could not be read as JSON: " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw refused("document", "is not a JSON object (a CASE CFPackage is one)");
        }
        return value.asJsonObject();
    }

    /**
     * Writes a CFPackage that {@link #read} reads back to the same package. What the package does not hold is
     * left out rather than made up (an item's code or type, a description); only what CASE requires is supplied
     * when missing (URIs under {@code baseUri}, change times, the document reference).
     */
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
            JsonObjectBuilder extensions = Json.createObjectBuilder();
            if (node.proficientFrom() != null) {
                extensions.add("proficientFrom", node.proficientFrom());
            }
            if (node.rollUp() != null) {
                extensions.add("rollUp", node.rollUp().name());
            }
            if (node.rollUpThreshold() != null) {
                extensions.add("rollUpThreshold", node.rollUpThreshold());
            }
            JsonObject extended = extensions.build();
            if (!extended.isEmpty()) {
                item.add("extensions", extended);
            }
            items.add(item);
            FrameworkPackage.Node parent = node.parentIdentifier() == null ? null : byIdentifier.get(node.parentIdentifier());
            JsonObject destination = parent == null ? documentRef
                    : link(parent.title(), parent.identifier(), itemUri(parent, baseUri));
            associations.add(association(UUID.nameUUIDFromBytes(("child:" + node.identifier()).getBytes()).toString(),
                    IS_CHILD_OF, node, uri, destination, node.sortOrder(), documentRef, baseUri, now));
        }
        for (FrameworkPackage.Association crosswalk : pkg.associations()) {
            FrameworkPackage.Node origin = byIdentifier.get(crosswalk.originIdentifier());
            JsonObject destination = link(crosswalk.destinationIdentifier(), crosswalk.destinationIdentifier(),
                    crosswalk.destinationUri() != null ? crosswalk.destinationUri()
                            : baseUri + "/CFItems/" + crosswalk.destinationIdentifier());
            String identifier = crosswalk.identifier() != null ? crosswalk.identifier() : UUID.nameUUIDFromBytes(
                    (crosswalk.kind() + ":" + crosswalk.originIdentifier() + ":" + crosswalk.destinationIdentifier())
                            .getBytes(StandardCharsets.UTF_8)).toString();
            associations.add(association(identifier, crosswalk.kind().caseAssociationType(), origin,
                    itemUri(origin, baseUri), destination, null, documentRef, baseUri, now));
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
                .add("originNodeURI", link(origin.title(), origin.identifier(), originUri))
                .add("destinationNodeURI", destination)
                .add("lastChangeDateTime", now)
                .add("CFDocumentURI", documentRef);
        if (sequence != null) {
            builder.add("sequenceNumber", sequence);
        }
        return builder.build();
    }

    /** A CASE LinkURI: a reference to a node by title, identifier and URI. */
    private static JsonObject link(String title, String identifier, String uri) {
        JsonObjectBuilder link = Json.createObjectBuilder();
        optional(link, "title", title);
        return link.add("identifier", identifier).add("uri", uri).build();
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

    private static void optional(JsonObjectBuilder builder, String key, String value) {
        if (value != null) {
            builder.add(key, value);
        }
    }

    private static Integer wholeOrNull(BigDecimal number) {
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static ImportRefusedException refused(String where, String what) {
        return new ImportRefusedException(List.of(new PackageProblem(where, what)));
    }

    /**
     * A JSON object being read: {@code path} is its place in the file ({@code CFItems[3]}), {@code where} what
     * problems in it are reported against (its identifier once known), {@code prefix} what its field names are
     * shown with ({@code extensions.} inside an item's extensions).
     */
    private record Part(String path, String where, String prefix, JsonObject json) {
    }

    /** One read of a file: the problems found so far, and the forgiving conversions that find them. */
    private static final class Reading {

        private final List<PackageProblem> problems = new ArrayList<>();

        void problem(String where, String what) {
            problems.add(new PackageProblem(where, what));
        }

        /** The same object, reported against its identifier from now on when it has a readable one. */
        Part named(Part part) {
            JsonValue identifier = part.json().get("identifier");
            String text = identifier instanceof JsonString string && !string.getString().isBlank() ? string.getString()
                    : identifier instanceof JsonNumber number ? plain(number) : null;
            return text == null ? part : new Part(part.path(), text, part.prefix(), part.json());
        }

        /** {@code value}, or a problem saying the part has none when it is missing (and was not unreadable). */
        <T> T required(Part part, T value, String key) {
            if (value == null && isAbsent(part.json().get(key))) {
                problem(part.where(), "has no " + part.prefix() + key);
            }
            return value;
        }

        /** The object under {@code key}, {@code null} when absent, a problem when it is something else. */
        Part object(Part parent, String key) {
            JsonValue value = parent.json().get(key);
            if (isAbsent(value)) {
                return null;
            }
            if (value instanceof JsonObject object) {
                return new Part(parent.path() + (parent.path().isEmpty() ? "" : ".") + key, parent.where(),
                        parent.prefix() + key + ".", object);
            }
            problem(parent.where(), parent.prefix() + key + " must be an object, not " + kind(value));
            return null;
        }

        /** The objects of the array under {@code key} (none when absent); every element that is not one is listed. */
        List<Part> objects(Part parent, String key) {
            JsonValue value = parent.json().get(key);
            if (isAbsent(value)) {
                return List.of();
            }
            if (!(value instanceof JsonArray array)) {
                problem(parent.where(), parent.prefix() + key + " must be an array, not " + kind(value));
                return List.of();
            }
            String path = parent.path() + (parent.path().isEmpty() ? "" : ".") + key;
            List<Part> parts = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                JsonValue element = array.get(i);
                String at = path + "[" + i + "]";
                if (element instanceof JsonObject object) {
                    parts.add(new Part(at, at, "", object));
                } else {
                    problem(at, "must be an object, not " + kind(element));
                }
            }
            return parts;
        }

        /** Text, or a number's digits; {@code null} when absent or blank; a problem for anything else. */
        String text(Part part, String key) {
            JsonValue value = part.json().get(key);
            if (value instanceof JsonString string) {
                return string.getString().isBlank() ? null : string.getString();
            }
            if (value instanceof JsonNumber number) {
                String digits = plain(number);
                if (digits == null) {
                    problem(part.where(), part.prefix() + key + " must be text, not the number " + shown(value));
                }
                return digits;
            }
            if (!isAbsent(value)) {
                problem(part.where(), part.prefix() + key + " must be text, not " + kind(value));
            }
            return null;
        }

        /** A whole number given as a number or as plain digits; {@code null} when absent; a problem otherwise. */
        Integer whole(Part part, String key) {
            JsonValue value = part.json().get(key);
            if (isAbsent(value) || value instanceof JsonString string && string.getString().isBlank()) {
                return null;
            }
            BigDecimal number = null;
            if (value instanceof JsonNumber json) {
                number = json.bigDecimalValue();
            } else if (value instanceof JsonString string && PLAIN_NUMBER.matcher(string.getString().trim()).matches()) {
                number = new BigDecimal(string.getString().trim());
            } else if (!(value instanceof JsonString)) {
                problem(part.where(), part.prefix() + key + " must be a whole number, not " + kind(value));
                return null;
            }
            Integer whole = number == null ? null : wholeOrNull(number);
            if (whole == null) {
                problem(part.where(), part.prefix() + key + " " + shown(value) + " is not a whole number");
            }
            return whole;
        }

        /** The node reference (a CASE LinkURI) under {@code key}, which must be there. */
        Part link(Part part, String key) {
            return required(part, object(part, key), key);
        }

        /** The identifier of a node reference, which must be there. */
        String identifierOf(Part link) {
            return link == null ? null : required(link, text(link, "identifier"), "identifier");
        }

        private static boolean isAbsent(JsonValue value) {
            return value == null || value.getValueType() == JsonValue.ValueType.NULL;
        }

        /** A number written out in plain digits, or {@code null} for one too large or small to write so. */
        private static String plain(JsonNumber number) {
            BigDecimal value = number.bigDecimalValue();
            return Math.abs(value.scale()) > 100 || value.precision() > 100 ? null : value.toPlainString();
        }

        private static String kind(JsonValue value) {
            return switch (value.getValueType()) {
                case OBJECT -> "an object";
                case ARRAY -> "an array";
                case STRING -> "text";
                case NUMBER -> "a number";
                case TRUE -> "true";
                case FALSE -> "false";
                case NULL -> "null";
            };
        }

        /** The value as it appears in the file, cut short when long. */
        private static String shown(JsonValue value) {
            String text = value.toString();
            return text.length() > 40 ? text.substring(0, 39) + "…" : text;
        }
    }
}
