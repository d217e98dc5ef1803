package org.healthengineering.portal.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.healthengineering.portal.launcher.BenchClient.fmt;
import static org.healthengineering.portal.launcher.BenchClient.json;
import static org.healthengineering.portal.launcher.BenchClient.list;
import static org.healthengineering.portal.launcher.BenchClient.median;
import static org.healthengineering.portal.launcher.BenchClient.require;

/**
 * {@code ./portal bench competence}: starts a throw-away portal (embedded MariaDB in a temporary directory, Payara on a free
 * port), loads generated, clearly synthetic frameworks, and prints the figures issue 3 asks for:
 * importing and exporting a 10,000-item CASE package, and one engineer's readiness across all roles with
 * 20 published frameworks of 500 competencies, including the number of SQL statements one readiness answer
 * runs (read from the server's statement counters; nothing else uses the database meanwhile).
 */
public final class CompetenceBenchmark {

    private CompetenceBenchmark() {
    }

    static void run(BenchClient client, String[] db) throws Exception {
        String body = client.account("bench-body@example.test", "BODY_ADMIN");
        String engineer = client.account("bench-engineer@example.test", "ENGINEER");
        JsonObject core = json(client.send("GET", "frameworks/1", engineer, null, null));
        List<String> coreItems = new ArrayList<>();
        collect(core.getJsonArray("competencies"), coreItems, "caseIdentifier");

        System.out.println();
        System.out.println("CASE import and export of 10,000 items, 5 levels deep, 1,000 cross-walks");
        String big = casePackage("BENCH-BIG", 10_000, new int[] {5, 5, 5, 10, 100}, coreItems, 1_000);
        double[] imports = new double[3];
        long bigId = 0;
        for (int i = 0; i < imports.length; i++) {
            String pkg = big.replace("\"version\":\"1\"", "\"version\":\"run-" + i + "\"");
            long start = System.nanoTime();
            HttpResponse<String> answer = client.send("POST", "frameworks/import", body, "application/json", pkg);
            imports[i] = (System.nanoTime() - start) / 1e9;
            require(answer, 201);
            bigId = json(answer).getJsonNumber("id").longValue();
        }
        double[] exports = new double[5];
        int exported = 0;
        for (int i = 0; i < exports.length; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = client.send("GET", "frameworks/" + bigId + "/case", body, null, null);
            exports[i] = (System.nanoTime() - start) / 1e9;
            require(answer, 200);
            exported = json(answer).getJsonArray("CFItems").size();
        }
        System.out.printf("  import: %s s (runs: %s)   target ≤ 5 s%n", fmt(median(imports)), list(imports));
        System.out.printf("  export: %s s (runs: %s), %d items   target ≤ 2 s%n", fmt(median(exports)), list(exports),
                exported);

        System.out.println();
        System.out.println("Readiness across all roles: 20 published frameworks × 500 competencies, 10 more roles");
        List<Long> competencyIds = new ArrayList<>();
        for (int f = 0; f < 20; f++) {
            String code = "BENCH-F" + f;
            HttpResponse<String> answer = client.send("POST", "frameworks/import", body, "application/json",
                    casePackage(code, 500, new int[] {5, 99}, coreItems, 50));
            require(answer, 201);
            long id = json(answer).getJsonNumber("id").longValue();
            require(client.send("POST", "frameworks/" + id + "/publish", body, null, ""), 200);
            List<String> ids = new ArrayList<>();
            collect(json(client.send("GET", "frameworks/" + id, body, null, null)).getJsonArray("competencies"), ids, "id");
            ids.stream().map(Long::valueOf).forEach(competencyIds::add);
        }
        for (int r = 0; r < 10; r++) {
            JsonArrayBuilder requirements = Json.createArrayBuilder();
            for (int k = 0; k < 25; k++) {
                requirements.add(Json.createObjectBuilder().add("competencyId", competencyIds.get((r * 397 + k * 131)
                        % competencyIds.size())).add("minLevel", 1 + (k % 5)));
            }
            JsonObject role = Json.createObjectBuilder().add("title", "Bench role " + r).add("summary", "Synthetic")
                    .add("minYears", r).add("responsibilityLevel", 1 + r % 7)
                    .add("qualificationRules", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("kind", "ANY").add("description", "Registration")
                                    .add("qualifications", Json.createArrayBuilder().add("CENG").add("IENG"))
                                    .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                            .add("kind", "ALL").add("description", "EngTech with an MSc")
                                            .add("qualifications", Json.createArrayBuilder().add("ENGTECH").add("MSC-CE"))))))
                    .add("competencies", requirements).build();
            require(client.send("PUT", "roles/BENCH-R" + r, body, "application/json", role.toString()), 200);
        }
        for (int a = 0; a < 300; a++) {
            require(client.send("POST", "me/assessments", engineer, "application/json", "{\"competencyId\":"
                    + competencyIds.get((a * 31) % competencyIds.size()) + ",\"level\":" + (1 + a % 5) + "}"), 201);
        }
        require(client.send("POST", "me/qualifications", engineer, "application/json",
                "{\"qualificationId\":2,\"awardedOn\":\"2015-01-01\"}"), 201);
        HttpResponse<String> all = client.send("GET", "me/readiness", engineer, null, null);
        require(all, 200);
        int roles = Json.createReader(new StringReader(all.body())).readArray().size();
        String bearer = client.bearer(engineer);
        double[] withToken = time(client, bearer, 30, 200);
        double[] withPassword = time(client, engineer, 5, 30);
        System.out.printf("  GET /api/v1/me/readiness (%d roles), Bearer token: median %.1f ms, p95 %.1f ms over %d"
                + " calls   target ≤ 50 ms%n", roles, withToken[withToken.length / 2],
                withToken[(int) (withToken.length * 0.95)], withToken.length);
        System.out.printf("  the same with HTTP Basic (argon2id password check on every call): median %.1f ms%n",
                withPassword[withPassword.length / 2]);
        System.out.println("  (times measured by the client over loopback: the server's share is at most this)");
        long one = statements(db, () -> client.send("GET", "me/readiness/CHE", bearer, null, null));
        long every = statements(db, () -> client.send("GET", "me/readiness", bearer, null, null));
        System.out.printf("  SQL statements per answer: one role %d, all %d roles %d (constant: no query per role or"
                + " requirement; includes finding the token)%n", one, roles, every);
    }

    private static double[] time(BenchClient client, String auth, int warmUp, int calls) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            client.send("GET", "me/readiness", auth, null, null);
        }
        double[] times = new double[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            require(client.send("GET", "me/readiness", auth, null, null), 200);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times;
    }

    private interface Call {
        HttpResponse<String> run() throws Exception;
    }

    /** Statements the server ran for one call (SELECT, INSERT, UPDATE, DELETE counters). */
    private static long statements(String[] db, Call call) throws Exception {
        long before = ServerStatements.count(db);
        call.run();
        return ServerStatements.count(db) - before - 1;
    }



    /** A synthetic CASE package with {@code size} items, branching per depth, cross-walks to {@code targets}. */
    static String casePackage(String code, int size, int[] branching, List<String> targets, int crosswalks) {
        String doc = UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)).toString();
        JsonArrayBuilder items = Json.createArrayBuilder();
        JsonArrayBuilder associations = Json.createArrayBuilder();
        List<String> level = List.of(doc);
        int count = 0;
        List<String> leaves = new ArrayList<>();
        for (int depth = 0; depth < branching.length && count < size; depth++) {
            List<String> next = new ArrayList<>();
            for (String parent : level) {
                for (int i = 1; i <= branching[depth] && count < size; i++) {
                    count++;
                    String id = UUID.nameUUIDFromBytes((code + "/" + count).getBytes(StandardCharsets.UTF_8)).toString();
                    items.add(Json.createObjectBuilder().add("identifier", id)
                            .add("humanCodingScheme", code + "." + count)
                            .add("fullStatement", "Synthetic competency " + count + " at depth " + (depth + 1))
                            .add("CFItemType", depth == 0 ? "Domain" : "Competency"));
                    associations.add(link("isChildOf", id, parent, i));
                    next.add(id);
                }
            }
            leaves = next;
            level = next;
        }
        for (int i = 0; i < crosswalks && !targets.isEmpty(); i++) {
            associations.add(link("exactMatchOf", leaves.get(i % leaves.size()), targets.get(i % targets.size()), null));
        }
        return Json.createObjectBuilder()
                .add("CFDocument", Json.createObjectBuilder().add("identifier", doc).add("title", "Synthetic " + code)
                        .add("creator", "Benchmark (synthetic)").add("version", "1")
                        .add("extensions", Json.createObjectBuilder().add("code", code)))
                .add("CFItems", items).add("CFAssociations", associations).build().toString();
    }

    private static JsonObject link(String type, String origin, String destination, Integer order) {
        JsonObjectBuilder link = Json.createObjectBuilder().add("identifier", UUID.randomUUID().toString())
                .add("associationType", type)
                .add("originNodeURI", Json.createObjectBuilder().add("identifier", origin).add("uri", "urn:bench:" + origin))
                .add("destinationNodeURI", Json.createObjectBuilder().add("identifier", destination)
                        .add("uri", "urn:bench:" + destination));
        if (order != null) {
            link.add("sequenceNumber", order);
        }
        return link.build();
    }

    private static void collect(JsonArray nodes, List<String> into, String key) {
        for (JsonObject node : nodes.getValuesAs(JsonObject.class)) {
            into.add(node.get(key).toString().replace("\"", ""));
            collect(node.getJsonArray("children"), into, key);
        }
    }







}
