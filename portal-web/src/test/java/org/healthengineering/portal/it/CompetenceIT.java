package org.healthengineering.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Frameworks, qualifications, role profiles and readiness through the API, as body administrators and
 * engineers use them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompetenceIT {

    private static final String PASSWORD = "tundra compass 8812";

    @ArquillianResource
    URL deployment;

    private Api api;
    private String body;
    private String engineer;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        body = api.registerWithRoles("body", PASSWORD, "BODY_ADMIN");
        engineer = api.registerEngineer(Api.uniqueEmail("eng"), PASSWORD);
    }

    /** A CASE package: a domain with {@code size} competencies, the first an exact match of {@code matchOf}. */
    private static String casePackage(String code, String version, int size, String matchOf) {
        String doc = UUID.randomUUID().toString();
        String domain = UUID.randomUUID().toString();
        JsonArrayBuilder items = Json.createArrayBuilder().add(item(domain, code + ".D", "Domain", "A domain"));
        JsonArrayBuilder associations = Json.createArrayBuilder().add(child(domain, doc, 1));
        String first = null;
        for (int i = 1; i <= size; i++) {
            String id = UUID.randomUUID().toString();
            first = first == null ? id : first;
            items.add(item(id, code + ".D." + i, "Competency", "Competency number " + i));
            associations.add(child(id, domain, i));
        }
        if (matchOf != null) {
            associations.add(Json.createObjectBuilder().add("identifier", UUID.randomUUID().toString())
                    .add("associationType", "exactMatchOf")
                    .add("originNodeURI", Json.createObjectBuilder().add("identifier", first).add("uri", "urn:x:" + first))
                    .add("destinationNodeURI", Json.createObjectBuilder().add("identifier", matchOf).add("uri", "urn:x:" + matchOf)));
        }
        return Json.createObjectBuilder()
                .add("CFDocument", Json.createObjectBuilder().add("identifier", doc).add("title", "Imported " + code)
                        .add("creator", "Test body").add("version", version)
                        .add("extensions", Json.createObjectBuilder().add("code", code)))
                .add("CFItems", items).add("CFAssociations", associations).build().toString();
    }

    private static JsonObject item(String id, String code, String type, String statement) {
        return Json.createObjectBuilder().add("identifier", id).add("humanCodingScheme", code)
                .add("fullStatement", statement).add("CFItemType", type).build();
    }

    private static JsonObject child(String child, String parent, int order) {
        return Json.createObjectBuilder().add("identifier", UUID.randomUUID().toString()).add("associationType", "isChildOf")
                .add("originNodeURI", Json.createObjectBuilder().add("identifier", child).add("uri", "urn:x:" + child))
                .add("destinationNodeURI", Json.createObjectBuilder().add("identifier", parent).add("uri", "urn:x:" + parent))
                .add("sequenceNumber", order).build();
    }

    private JsonObject coreFramework() {
        return api.get("frameworks/1", engineer).json();
    }

    private static JsonObject node(JsonObject tree, String code) {
        List<JsonObject> queue = new ArrayList<>(tree.getJsonArray("competencies").getValuesAs(JsonObject.class));
        while (!queue.isEmpty()) {
            JsonObject node = queue.remove(0);
            if (node.getString("code").equals(code)) {
                return node;
            }
            queue.addAll(node.getJsonArray("children").getValuesAs(JsonObject.class));
        }
        throw new AssertionError("no node " + code);
    }

    private static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void aValidCasePackageIsImportedAsADraftWithItsCrosswalk() {
        String leadOne = node(coreFramework(), "LEAD.1").getString("caseIdentifier");
        String code = uniqueCode("IMP");
        Api.Answer imported = api.post("frameworks/import", casePackage(code, "1", 3, leadOne), body);
        assertEquals(201, imported.status(), imported.body());
        long id = imported.json().getJsonNumber("id").longValue();
        assertEquals("DRAFT", imported.json().getString("status"));
        JsonObject tree = api.get("frameworks/" + id, body).json();
        assertEquals(3, node(tree, code + ".D").getJsonArray("children").size());
        long first = node(tree, code + ".D.1").getJsonNumber("id").longValue();
        JsonArray equivalents = api.get("competencies/" + first, body).json().getJsonArray("equivalents");
        assertEquals("LEAD.1", equivalents.getJsonObject(0).getString("code"));
        assertEquals("EXACT_MATCH", equivalents.getJsonObject(0).getString("kind"));
        assertEquals(404, api.get("frameworks/" + id, engineer).status(), "drafts are not shown to engineers");
    }

    @Test
    void aBrokenPackageListsEveryProblemAndStoresNothing() {
        int before = ((JsonArray) api.get("frameworks", body).structure()).size();
        String doc = UUID.randomUUID().toString();
        String broken = Json.createObjectBuilder()
                .add("CFDocument", Json.createObjectBuilder().add("identifier", doc).add("title", "Broken")
                        .add("creator", "Body").add("version", "1"))
                .add("CFItems", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("identifier", "i1").add("humanCodingScheme", "A"))
                        .add(item("i2", "A", "Competency", "Duplicate code"))
                        .add(item("i3", "B", "Competency", "Orphan")))
                .add("CFAssociations", Json.createArrayBuilder().add(child("i3", "nowhere", 1)))
                .build().toString();
        Api.Answer refused = api.post("frameworks/import", broken, body);
        assertEquals(422, refused.status());
        assertEquals("application/problem+json", refused.header("Content-Type"));
        List<String> problems = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ": " + e.getString("message")).toList();
        assertTrue(problems.contains("i1: has no title"), problems.toString());
        assertTrue(problems.contains("i1: has no statement"), problems.toString());
        assertTrue(problems.contains("i2: code A is used by another item"), problems.toString());
        assertTrue(problems.contains("i3: its parent nowhere is not in the file"), problems.toString());
        assertEquals(before, ((JsonArray) api.get("frameworks", body).structure()).size(), "nothing was stored");
        assertEquals(422, api.postRaw("frameworks/import", "application/json", "{not json", body).status());
    }

    @Test
    void malformedCaseAndTooDeepTreesAreRefusedWithEveryProblemAndNothingStored() {
        int before = ((JsonArray) api.get("frameworks", body).structure()).size();
        String code = uniqueCode("BAD");
        String valid = casePackage(code, "1", 2, null);
        // A publisher's numbers written as text are read; CFItems as an object, an association as a string and a
        // null item are each listed.
        String mistyped = valid.replaceFirst("\"CFItems\":\\[", "\"CFItems\":{\"x\":1},\"unused\":[")
                .replaceFirst("\"CFAssociations\":\\[", "\"CFAssociations\":[\"isChildOf\",null,");
        Api.Answer refused = api.post("frameworks/import", mistyped, body);
        assertEquals(422, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.header("Content-Type"));
        String problems = refused.json().getJsonArray("errors").toString();
        assertTrue(problems.contains("CFItems"), problems);
        assertTrue(problems.contains("CFAssociations[0]") && problems.contains("CFAssociations[1]"), problems);
        assertEquals(before, ((JsonArray) api.get("frameworks", body).structure()).size(), "nothing was stored");

        // A draft's tree stops at 20 levels.
        long draft = api.post("frameworks", "{\"code\":\"" + uniqueCode("DEEP") + "\",\"title\":\"Deep\","
                + "\"publisher\":\"Test\",\"versionLabel\":\"1\"}", body).json().getJsonNumber("id").longValue();
        Long parent = null;
        for (int level = 1; level <= 20; level++) {
            Api.Answer added = api.post("frameworks/" + draft + "/competencies", "{\"parentId\":" + parent
                    + ",\"code\":\"L" + level + "\",\"title\":\"Level " + level + "\",\"statement\":\"S\"}", body);
            assertEquals(201, added.status(), added.body());
            parent = added.json().getJsonNumber("id").longValue();
        }
        Api.Answer tooDeep = api.post("frameworks/" + draft + "/competencies", "{\"parentId\":" + parent
                + ",\"code\":\"L21\",\"title\":\"Level 21\",\"statement\":\"S\"}", body);
        assertEquals(400, tooDeep.status(), tooDeep.body());
        assertEquals("parentId", tooDeep.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(200, api.get("frameworks/" + draft + "/case", body).status(), "the deepest allowed tree exports");
    }

    @Test
    void exportThenImportLosesNothing() {
        JsonObject exported = api.get("frameworks/1/case", engineer).json();
        String version = uniqueCode("v");
        String again = exported.toString().replace("\"version\":\"1.0\"", "\"version\":\"" + version + "\"");
        Api.Answer imported = api.post("frameworks/import", again, body);
        assertEquals(201, imported.status(), imported.body());
        long previous = imported.json().getJsonNumber("previousVersionId").longValue();
        assertEquals(exported.getJsonObject("CFDocument").getString("identifier"),
                api.get("frameworks/" + previous, body).json().getJsonObject("framework").getString("caseIdentifier"),
                "the same document identifier makes it the next version of that framework");
        JsonObject reexported = api.get("frameworks/" + imported.json().getJsonNumber("id") + "/case", body).json();
        assertEquals(items(exported), items(reexported));
        assertEquals(associations(exported), associations(reexported));
        assertEquals(exported.getJsonArray("CFRubrics").getJsonObject(0).getJsonArray("CFRubricCriteria")
                        .getJsonObject(0).getJsonArray("CFRubricCriterionLevels"),
                reexported.getJsonArray("CFRubrics").getJsonObject(0).getJsonArray("CFRubricCriteria")
                        .getJsonObject(0).getJsonArray("CFRubricCriterionLevels"));
    }

    private static List<String> items(JsonObject pkg) {
        return pkg.getJsonArray("CFItems").getValuesAs(JsonObject.class).stream()
                .map(i -> String.join("|", i.getString("identifier"), i.getString("humanCodingScheme"),
                        i.getString("abbreviatedStatement"), i.getString("fullStatement"), i.getString("CFItemType"),
                        i.getString("listEnumeration"))).sorted().toList();
    }

    private static List<String> associations(JsonObject pkg) {
        return pkg.getJsonArray("CFAssociations").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("associationType") + "|" + a.getJsonObject("originNodeURI").getString("identifier")
                        + "|" + a.getJsonObject("destinationNodeURI").getString("identifier")).sorted().toList();
    }

    @Test
    void csvGoesOutAndComesBackIn() {
        Api.Answer csv = api.get("frameworks/1/csv", engineer);
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("Parent code,Code,Title,Statement,Type,Sort order"), csv.body());
        String code = uniqueCode("CSV");
        Api.Answer imported = api.postRaw("frameworks/import?code=" + code + "&title=Copy&publisher=Body&version=1",
                "text/csv", csv.body(), body);
        assertEquals(201, imported.status(), imported.body());
        JsonObject tree = api.get("frameworks/" + imported.json().getJsonNumber("id"), body).json();
        assertEquals(coreFramework().getJsonArray("competencies").size(), tree.getJsonArray("competencies").size());
        assertEquals(4, node(tree, "LEAD").getJsonArray("children").size());
        Api.Answer bad = api.postRaw("frameworks/import?code=" + code + "X&title=Bad&publisher=Body&version=1",
                "text/csv", "parent_code,code,title,statement,type,sort_order\nZ,A,,S,Competency,x\n", body);
        assertEquals(422, bad.status());
        assertEquals(3, bad.json().getJsonArray("errors").size(), bad.body());
    }

    @Test
    void aNewVersionLeavesAssessmentsPointingAtTheOldOne() {
        long tech2 = node(coreFramework(), "TECH.2").getJsonNumber("id").longValue();
        assertEquals(201, api.post("me/assessments", "{\"competencyId\":" + tech2 + ",\"level\":3}", engineer).status());
        Api.Answer draft = api.post("frameworks/1/versions", "{\"versionLabel\":\"" + uniqueCode("v") + "\"}", body);
        assertEquals(201, draft.status(), draft.body());
        long draftId = draft.json().getJsonNumber("id").longValue();
        JsonObject copy = api.get("frameworks/" + draftId, body).json();
        long copiedTech2 = node(copy, "TECH.2").getJsonNumber("id").longValue();
        assertNotEquals(tech2, copiedTech2);
        assertEquals(200, api.put("competencies/" + copiedTech2, "{\"code\":\"TECH.2\",\"title\":\"Renamed\","
                + "\"statement\":\"Changed in the new version\",\"itemType\":\"Competency\"}", body).status());
        assertEquals(409, api.put("competencies/" + tech2, "{\"code\":\"TECH.2\",\"title\":\"No\","
                + "\"statement\":\"Published frameworks are immutable\",\"itemType\":\"Competency\"}", body).status());
        JsonArray history = (JsonArray) api.get("me/assessments?competency=" + tech2, engineer).structure();
        assertEquals(3, history.getJsonObject(0).getInt("level"));
        assertEquals("Maintain and calibrate equipment safely", node(coreFramework(), "TECH.2").getString("title"));
    }

    @Test
    void engineersCannotEditFrameworksRolesOrVerifyAndSeeOnlyTheirOwnRecords() {
        assertEquals(403, api.post("frameworks/import", casePackage(uniqueCode("NO"), "1", 1, null), engineer).status());
        assertEquals(403, api.post("frameworks", "{\"code\":\"X\",\"title\":\"X\",\"publisher\":\"X\","
                + "\"versionLabel\":\"1\"}", engineer).status());
        assertEquals(403, api.put("roles/CHE", "{\"title\":\"x\",\"summary\":\"x\",\"minYears\":0,"
                + "\"responsibilityLevel\":1}", engineer).status());

        long held = api.post("me/qualifications", "{\"qualificationId\":1,\"awardedOn\":\"2020-01-01\"}", engineer)
                .json().getJsonNumber("id").longValue();
        String other = api.registerEngineer(Api.uniqueEmail("other"), PASSWORD);
        assertEquals(0, ((JsonArray) api.get("me/qualifications", other).structure()).size());
        assertEquals(404, api.delete("me/qualifications/" + held, other).status());
        assertEquals(403, api.post("qualifications/held/" + held + "/verify", "", other).status());
        long tech1 = node(coreFramework(), "TECH.1").getJsonNumber("id").longValue();
        api.post("me/assessments", "{\"competencyId\":" + tech1 + ",\"level\":2,\"note\":\"private note\"}", engineer);
        assertEquals(403, api.get("me/assessments?competency=" + tech1, body).status(),
                "a body administrator has no assessments of their own and never sees an engineer's notes");

        Api.Answer verified = api.post("qualifications/held/" + held + "/verify", "", body);
        assertEquals(200, verified.status(), verified.body());
        assertEquals("VERIFIED", verified.json().getString("status"));
    }

    @Test
    void readinessChangesWithAssessmentsQualificationsAndExactMatches() {
        JsonObject before = api.get("me/readiness/CT", engineer).json();
        assertEquals(0, before.getInt("percent"));
        assertTrue(before.getString("formula").startsWith("Each requirement scores from 0 to 1"));

        JsonObject core = coreFramework();
        long tech2 = node(core, "TECH.2").getJsonNumber("id").longValue();
        api.post("me/assessments", "{\"competencyId\":" + tech2 + ",\"level\":3}", engineer);
        api.post("me/qualifications", "{\"qualificationId\":5,\"awardedOn\":\"2021-05-01\"}", engineer);
        JsonObject after = api.get("me/readiness/CT", engineer).json();
        List<String> statuses = after.getJsonArray("requirements").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("status")).toList();
        // the registration rule, TECH.2, TECH.5, PROF.1, one year of experience
        assertEquals(List.of("MET", "MET", "NOT_MET", "NOT_MET", "NOT_MET"), statuses);
        assertEquals(40, after.getInt("percent"), "2 of 5 requirements met, the others at 0");

        String tech5 = node(core, "TECH.5").getString("caseIdentifier");
        String code = uniqueCode("EQ");
        long imported = api.post("frameworks/import", casePackage(code, "1", 1, tech5), body).json()
                .getJsonNumber("id").longValue();
        assertEquals(200, api.post("frameworks/" + imported + "/publish", "", body).status());
        long equivalent = node(api.get("frameworks/" + imported, engineer).json(), code + ".D.1")
                .getJsonNumber("id").longValue();
        api.post("me/assessments", "{\"competencyId\":" + equivalent + ",\"level\":2}", engineer);
        JsonObject viaCrosswalk = api.get("me/readiness/CT", engineer).json();
        JsonObject tech5Requirement = viaCrosswalk.getJsonArray("requirements").getJsonObject(2);
        assertEquals("MET", tech5Requirement.getString("status"));
        assertTrue(tech5Requirement.getString("reason").contains("exact-match equivalent " + code + ".D.1"),
                tech5Requirement.getString("reason"));
        List<String> roles = ((JsonArray) api.get("me/readiness", engineer).structure()).getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("roleCode")).toList();
        assertTrue(roles.containsAll(List.of("CHE", "PEE", "PET", "CE", "CT")), roles.toString());
    }

    @Test
    void aBodyAdministratorDefinesARoleWithNestedQualificationRules() {
        long lead1 = node(coreFramework(), "LEAD.1").getJsonNumber("id").longValue();
        String code = uniqueCode("ROLE");
        String role = "{\"title\":\"Head of Clinical Engineering\",\"summary\":\"Leads the department\",\"minYears\":8,"
                + "\"responsibilityLevel\":5,\"qualificationRules\":[{\"kind\":\"ANY\",\"description\":\"CEng, or IEng"
                + " with an MSc\",\"qualifications\":[\"CENG\"],\"rules\":[{\"kind\":\"ALL\",\"description\":\"IEng with"
                + " an MSc\",\"qualifications\":[\"IENG\",\"MSC-CE\"]}]}],"
                + "\"competencies\":[{\"competencyId\":" + lead1 + ",\"minLevel\":4}]}";
        Api.Answer defined = api.put("roles/" + code, role, body);
        assertEquals(200, defined.status(), defined.body());
        JsonObject rule = defined.json().getJsonArray("qualificationRules").getJsonObject(0);
        assertEquals(List.of("CENG"), rule.getJsonArray("qualifications").getValuesAs(JsonValue::toString).stream()
                .map(s -> s.replace("\"", "")).collect(Collectors.toList()));
        assertEquals("IEng with an MSc", rule.getJsonArray("rules").getJsonObject(0).getString("description"));

        api.post("me/qualifications", "{\"qualificationId\":2,\"awardedOn\":\"2019-01-01\"}", engineer);
        api.post("me/qualifications", "{\"qualificationId\":7,\"awardedOn\":\"2018-01-01\"}", engineer);
        JsonObject readiness = api.get("me/readiness/" + code, engineer).json();
        assertEquals("MET", readiness.getJsonArray("requirements").getJsonObject(0).getString("status"));

        Api.Answer invalid = api.put("roles/" + code, role.replace("\"CENG\"", "\"NOPE\"").replace(":4}", ":9}"), body);
        assertEquals(400, invalid.status());
        assertEquals(2, invalid.json().getJsonArray("errors").size(), invalid.body());
    }

    private long addNode(long framework, Long parent, String code) {
        Api.Answer added = api.post("frameworks/" + framework + "/competencies", "{\"parentId\":" + parent
                + ",\"code\":\"" + code + "\",\"title\":\"Node " + code + "\",\"statement\":\"Does " + code
                + "\",\"itemType\":\"Competency\"}", body);
        assertEquals(201, added.status(), added.body());
        return added.json().getJsonNumber("id").longValue();
    }

    private static List<String> fields(Api.Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
    }

    private static boolean noRule(JsonObject node) {
        return !node.containsKey("rollUp") || node.isNull("rollUp");
    }

    private static JsonObject requirement(JsonObject readiness) {
        return readiness.getJsonArray("requirements").getJsonObject(0);
    }

    /**
     * Issue 12's roll-up rules end to end: a body administrator reaches a parent competency of a draft through 2 of
     * its 3 sub-competencies (refused with every problem first, and refused to anyone else), the rule shows in the
     * tree and in CASE and cannot change once published; then an engineer's readiness for a role asking for the
     * parent, and their eligibility for a vacancy asking for it verified, follow their own and their verified levels
     * in the sub-competencies.
     */
    @Test
    void aRollUpRuleReachesAParentCompetencyInReadinessAndEligibility() {
        String code = uniqueCode("RU");
        long draft = api.post("frameworks", "{\"code\":\"" + code + "\",\"title\":\"Roll-up " + code
                + "\",\"publisher\":\"Test body\",\"versionLabel\":\"1\"}", body).json().getJsonNumber("id")
                .longValue();
        long parent = addNode(draft, null, "P");
        long first = addNode(draft, parent, "P.1");
        long second = addNode(draft, parent, "P.2");
        addNode(draft, parent, "P.3");
        String rule = "competencies/" + parent + "/roll-up";

        assertEquals(403, api.put(rule, "{\"rollUp\":\"POINTS\",\"threshold\":2}", engineer).status());
        Api.Answer leaf = api.put("competencies/" + first + "/roll-up", "{\"rollUp\":\"SOME\",\"threshold\":0}", body);
        assertEquals(400, leaf.status(), leaf.body());
        assertEquals("application/problem+json", leaf.header("Content-Type"));
        assertEquals(List.of("competencyId", "rollUp"), fields(leaf), "an unknown kind and a node without children");
        Api.Answer tooMany = api.put(rule, "{\"rollUp\":\"POINTS\",\"threshold\":4}", body);
        assertEquals(400, tooMany.status(), tooMany.body());
        assertEquals("Give a number of sub-competencies from 1 to 3.", tooMany.json().getJsonArray("errors")
                .getJsonObject(0).getString("message"));
        assertEquals(List.of("threshold"), fields(api.put(rule, "{\"rollUp\":\"ALL_CHILDREN\",\"threshold\":2}",
                body)), "all sub-competencies take no number");
        assertTrue(noRule(node(api.get("frameworks/" + draft, body).json(), "P")), "nothing was stored");

        assertEquals(204, api.put(rule, "{\"rollUp\":\"ALL_CHILDREN\"}", body).status());
        assertEquals(204, api.delete(rule, body).status());
        assertTrue(noRule(node(api.get("frameworks/" + draft, body).json(), "P")), "cleared");
        assertEquals(204, api.put(rule, "{\"rollUp\":\"POINTS\",\"threshold\":2}", body).status());
        JsonObject shown = node(api.get("frameworks/" + draft, body).json(), "P").getJsonObject("rollUp");
        assertEquals("POINTS", shown.getString("kind"));
        assertEquals(2, shown.getInt("threshold"));
        assertEquals("Reached at a level when 2 of its 3 sub-competencies are reached at that level or above.",
                shown.getString("description"));
        JsonObject extensions = api.get("frameworks/" + draft + "/case", body).json().getJsonArray("CFItems")
                .getValuesAs(JsonObject.class).stream().filter(i -> "P".equals(i.getString("humanCodingScheme")))
                .findFirst().orElseThrow().getJsonObject("extensions");
        assertEquals("POINTS", extensions.getString("rollUp"));
        assertEquals(2, extensions.getInt("rollUpThreshold"));
        assertEquals(200, api.post("frameworks/" + draft + "/publish", "", body).status());
        assertEquals(409, api.put(rule, "{\"rollUp\":\"ALL_CHILDREN\"}", body).status(), "published: frozen");
        assertEquals(409, api.delete(rule, body).status());

        // Readiness for a role asking for the parent at 3, on the engineer's word and verified.
        String own = uniqueCode("RUO");
        String verified = uniqueCode("RUV");
        for (String[] role : List.of(new String[]{own, "false"}, new String[]{verified, "true"})) {
            assertEquals(200, api.put("roles/" + role[0], "{\"title\":\"Roll-up role " + role[0] + "\",\"summary\":"
                    + "\"Test\",\"minYears\":0,\"responsibilityLevel\":3,\"competencies\":[{\"competencyId\":"
                    + parent + ",\"minLevel\":3,\"verificationRequired\":" + role[1] + "}]}", body).status());
        }
        assertEquals("Not assessed yet.", requirement(api.get("me/readiness/" + own, engineer).json())
                .getString("reason"));
        assertEquals(201, api.post("me/assessments", "{\"competencyId\":" + first + ",\"level\":3}", engineer)
                .status());
        assertEquals("NOT_MET", requirement(api.get("me/readiness/" + own, engineer).json()).getString("status"),
                "one of the two sub-competencies the rule needs");
        assertEquals(201, api.post("me/assessments", "{\"competencyId\":" + second + ",\"level\":4}", engineer)
                .status());
        JsonObject met = requirement(api.get("me/readiness/" + own, engineer).json());
        assertEquals("MET", met.getString("status"));
        assertEquals("Level 3 of 3, reached through its sub-competencies (2 of its 3 at level 3 or above).",
                met.getString("reason"));
        JsonObject unverified = requirement(api.get("me/readiness/" + verified, engineer).json());
        assertEquals("NOT_MET", unverified.getString("status"));
        assertEquals("Not verified yet by a mentor or an assessor (your own level: 3).", unverified.getString("reason"));

        // Eligibility for a vacancy asking for the parent at 3, verified.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String hospital = "RU" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, api.post("hospitals", "{\"code\":\"" + hospital + "\",\"name\":\"Roll-up Hospital "
                + hospital + "\",\"kind\":\"ACUTE\",\"region\":\"Test\",\"beds\":300,\"medicalDevices\":5000,"
                + "\"consentsToBeNamed\":false}", Api.ADMIN).status());
        Api.Registered admin = api.registerWith("rollup-hospital", PASSWORD, "HOSPITAL_ADMIN");
        assertEquals(200, api.put("hospitals/" + hospital + "/members", "{\"administrators\":[\"" + admin.email()
                + "\"],\"boardViewers\":[]}", Api.ADMIN).status());
        Api.Answer vacancy = api.post("hospitals/" + hospital + "/vacancies", "{\"title\":\"Roll-up engineer\","
                + "\"band\":\"Band 7\",\"location\":\"Test\",\"hoursPerWeek\":37.5,\"closingDate\":\""
                + today.plusDays(30) + "\",\"description\":\"Test\",\"specification\":[{\"kind\":\"COMPETENCY\","
                + "\"competencyId\":" + parent + ",\"minLevel\":3,\"verifiedOnly\":true,\"essential\":true}]}",
                admin.credentials());
        assertEquals(201, vacancy.status(), vacancy.body());
        String vacancyId = vacancy.json().getJsonNumber("id").toString();
        assertEquals(200, api.post("vacancies/" + vacancyId + "/publication", "", admin.credentials()).status());
        JsonObject ownWord = api.get("vacancies/" + vacancyId + "/eligibility", engineer).array().getJsonObject(0);
        assertEquals("NOT_MET", ownWord.getString("outcome"), ownWord.toString());
        assertTrue(ownWord.getString("reason").startsWith("Your own level 3 of 3, reached through its"
                + " sub-competencies (2 of its 3 at level 3 or above)"), ownWord.getString("reason"));

        // An assessor verifies both levels: the parent is reached verified, in readiness and eligibility.
        String assessor = api.registerWithRoles("rollup-assessor", PASSWORD, "ASSESSOR");
        long engineerId = api.get("me", engineer).json().getJsonNumber("id").longValue();
        assertEquals(201, api.post("engineers/" + engineerId + "/competencies/" + first + "/verifications",
                "{\"level\":3}", assessor).status());
        assertEquals(201, api.post("engineers/" + engineerId + "/competencies/" + second + "/verifications",
                "{\"level\":4}", assessor).status());
        JsonObject verifiedMet = requirement(api.get("me/readiness/" + verified, engineer).json());
        assertEquals("MET", verifiedMet.getString("status"));
        assertEquals("Verified level 3 of 3, reached through its sub-competencies (2 of its 3 verified at level 3 or"
                + " above).", verifiedMet.getString("reason"));
        JsonObject eligible = api.get("vacancies/" + vacancyId + "/eligibility", engineer).array().getJsonObject(0);
        assertEquals("MET_VERIFIED", eligible.getString("outcome"), eligible.toString());
        assertTrue(eligible.getString("reason").contains("reached through its sub-competencies (2 of its 3 verified"
                + " at level 3 or above)"), eligible.getString("reason"));
        assertEquals(2, eligible.getJsonArray("records").size(), "the two verified sub-competencies it rests on");
    }

    /**
     * The framework page shows a parent's roll-up rule in words beside it, and a body administrator sets and removes
     * it in a dialog: a threshold beyond the children is named next to its field, the focus returns to the button.
     */
    @Test
    void aBodyAdministratorSetsARollUpRuleOnTheFrameworkPage() {
        String password = "lantern quarry 2290";
        Api.Registered admin = api.registerWith("body-rollup", password, "BODY_ADMIN");
        body = admin.credentials();
        long draft = api.post("frameworks", "{\"code\":\"" + uniqueCode("RUP") + "\",\"title\":\"Roll-up page\","
                + "\"publisher\":\"Test body\",\"versionLabel\":\"1\"}", body).json().getJsonNumber("id").longValue();
        long parent = addNode(draft, null, "P");
        for (String child : List.of("P.1", "P.2", "P.3")) {
            addNode(draft, parent, child);
        }
        try (Browser browser = Browser.start()) {
            try {
                browser.signIn(url("/login.xhtml"), admin.email(), password);
                browser.open(url("/frameworks/view.xhtml?id=" + draft));
                assertTrue(browser.driver.findElements(org.openqa.selenium.By.cssSelector(
                        Browser.byId("framework-form:tree:1:roll-up"))).isEmpty(), "a node without children has none");
                browser.click("framework-form:tree:0:roll-up");
                browser.find(Browser.byId("roll-up-dialog"));
                browser.checkAccessibility();
                browser.choose("roll-up-form:rollUp", "When a number of its sub-competencies are reached");
                browser.type("roll-up-form:threshold", "4");
                browser.click("roll-up-form:save-roll-up");
                assertEquals("Give a number of sub-competencies from 1 to 3.", browser.messageFor("roll-up-form:threshold"));
                browser.checkAccessibility();
                browser.type("roll-up-form:threshold", "2");
                browser.click("roll-up-form:save-roll-up");
                browser.waitForInvisible("roll-up-dialog");
                String rule = "Reached at a level when 2 of its 3 sub-competencies are reached at that level or above.";
                browser.waitForText(Browser.byId("framework-form:tree"), rule);
                assertFalse(browser.text(Browser.byId("framework-form:tree")).contains("POINTS"));
                PageChecks.assertFocusOn(browser, "framework-form:tree:0:roll-up");
                assertEquals("POINTS", node(api.get("frameworks/" + draft, body).json(), "P").getJsonObject("rollUp")
                        .getString("kind"));

                browser.click("framework-form:tree:0:roll-up");
                browser.find(Browser.byId("roll-up-dialog"));
                browser.click("roll-up-form:clear-roll-up");
                browser.waitForInvisible("roll-up-dialog");
                browser.settle();
                assertFalse(browser.text(Browser.byId("framework-form:tree")).contains(rule), "removed");
                assertTrue(noRule(node(api.get("frameworks/" + draft, body).json(), "P")));
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("roll-up-page-failure");
                throw e;
            }
        }
    }

    /**
     * The competence pages in words and on a phone: a body administrator adds to the qualification catalogue in
     * its dialog (problems next to their fields, the focus back on the button afterwards) and reads a role's rules
     * with the qualifications' names; an engineer records a qualification and reads its status in words, and every
     * page and dialog of competence and frameworks fits a phone's width.
     */
    @Test
    void theCompetencePagesSpeakInWordsReturnTheFocusAndFitAPhone() {
        String password = "saffron ledger 4471";
        Api.Registered admin = api.registerWith("body-pages", password, "BODY_ADMIN");
        String engineerEmail = Api.uniqueEmail("pages-engineer");
        api.registerEngineer(engineerEmail, password);
        String qualificationCode = uniqueCode("QP");
        String qualificationName = "Certificate in theatre equipment " + qualificationCode;
        String role = uniqueCode("RP");
        assertEquals(200, api.put("roles/" + role, "{\"title\":\"Theatre engineer " + role + "\",\"summary\":\"Test\","
                + "\"minYears\":2,\"responsibilityLevel\":4,\"qualificationRules\":[{\"kind\":\"ANY\",\"description\":"
                + "\"Registration\",\"qualifications\":[\"CENG\"],\"rules\":[{\"kind\":\"ALL\",\"description\":"
                + "\"IEng with an MSc\",\"qualifications\":[\"IENG\",\"MSC-CE\"]}]}],\"competencies\":[{\"competencyId\":3,"
                + "\"minLevel\":3,\"verificationRequired\":true}]}", admin.credentials()).status());
        try (Browser browser = Browser.start()) {
            try {
                browser.signIn(url("/login.xhtml"), admin.email(), password);
                browser.open(url("/competence/qualifications.xhtml"));
                browser.click("catalogue-form:add-entry");
                browser.find(Browser.byId("entry-dialog"));
                browser.checkAccessibility();
                browser.click("entry-form:save-entry");
                assertEquals("Give the qualification's name (at most 200 characters).",
                        browser.messageFor("entry-form:name"));
                assertEquals("Choose the kind of qualification.", browser.messageFor("entry-form:kind"));
                browser.checkAccessibility();
                browser.type("entry-form:code", qualificationCode);
                browser.type("entry-form:name", qualificationName);
                browser.type("entry-form:awardingBody", "Test awarding body");
                browser.choose("entry-form:kind", "Certificate");
                browser.type("entry-form:level", "4");
                browser.click("entry-form:save-entry");
                browser.waitForInvisible("entry-dialog");
                browser.waitForText(Browser.byId("catalogue-form:catalogue"), qualificationName);
                PageChecks.assertFocusOn(browser, "catalogue-form:add-entry");

                browser.open(url("/competence/roles.xhtml"));
                String roles = browser.text("body");
                assertTrue(roles.contains("Registration: any one of Chartered Engineer (CEng), [all of Incorporated"
                        + " Engineer (IEng), MSc in Clinical Engineering]"), roles);
                assertTrue(roles.contains("TECH.2 Maintain and calibrate equipment safely at 3 — Independent practice or"
                        + " above, verified by a mentor or an assessor"), roles);
                assertFalse(roles.contains("CENG"), "qualification codes are not shown where a name exists");

                browser.open(url("/frameworks/index.xhtml"));
                String frameworks = browser.text(Browser.byId("frameworks-form:frameworks"));
                assertTrue(frameworks.contains("Published") && !frameworks.contains("PUBLISHED"), frameworks);

                browser.open(url("/competence/bodies.xhtml"));
                browser.click("bodies-form:add-body");
                browser.find(Browser.byId("body-dialog"));
                browser.checkAccessibility();
                browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
                browser.waitForInvisible("body-dialog");
                PageChecks.assertFocusOn(browser, "bodies-form:add-body");

                PageChecks.phone(browser);
                for (String page : List.of("/frameworks/index.xhtml", "/frameworks/view.xhtml?id=1",
                        "/frameworks/competency.xhtml?id=3", "/competence/qualifications.xhtml", "/competence/roles.xhtml",
                        "/competence/role-edit.xhtml?code=" + role, "/competence/bodies.xhtml")) {
                    browser.open(url(page));
                    PageChecks.assertNoSidewaysScrolling(browser);
                }
                browser.click("bodies-form:add-body");
                browser.find(Browser.byId("body-dialog"));
                PageChecks.assertNoSidewaysScrolling(browser);
                PageChecks.desktop(browser);

                browser.signIn(url("/login.xhtml"), engineerEmail, password);
                browser.open(url("/competence/profile.xhtml"));
                browser.click("held-form:add-qualification");
                browser.find(Browser.byId("qualification-dialog"));
                browser.checkAccessibility();
                browser.choose("qualification-form:qualificationId", qualificationName + " — Test awarding body");
                browser.setDate("qualification-form:awardedOn", java.time.LocalDate.now().minusYears(1));
                browser.click("qualification-form:save-qualification");
                browser.waitForInvisible("qualification-dialog");
                browser.waitForText(Browser.byId("held-form:held"), qualificationName);
                assertTrue(browser.text(Browser.byId("held-form:held")).contains("Not verified yet"));
                PageChecks.assertFocusOn(browser, "held-form:add-qualification");

                browser.open(url("/competence/readiness.xhtml?role=" + role));
                String requirements = browser.text(Browser.byId("requirements"));
                assertTrue(requirements.contains("Not met") && !requirements.contains("NOT_MET"), requirements);

                PageChecks.phone(browser);
                for (String page : List.of("/competence/profile.xhtml", "/competence/assess.xhtml",
                        "/competence/readiness.xhtml", "/competence/readiness.xhtml?role=" + role)) {
                    browser.open(url(page));
                    PageChecks.assertNoSidewaysScrolling(browser);
                }
                browser.open(url("/competence/assess.xhtml?framework=1"));
                browser.click("assess-list:competencies:1:assess");
                browser.find(Browser.byId("assess-dialog"));
                browser.checkAccessibility();
                PageChecks.assertNoSidewaysScrolling(browser);
                PageChecks.desktop(browser);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("competence-pages-failure");
                throw e;
            }
        }
    }

    private String url(String path) {
        return deployment.toString().replaceAll("/$", "") + path;
    }
}
