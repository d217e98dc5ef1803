package org.healthengineering.portal.application.startup;

import org.healthengineering.portal.application.staffing.StaffingWriter;
import org.healthengineering.portal.domain.shared.InstantConverter;
import org.healthengineering.portal.domain.hospital.HospitalKind;
import org.healthengineering.portal.domain.leadership.BoardSeat;
import org.healthengineering.portal.domain.leadership.LeadershipPost;
import org.healthengineering.portal.domain.leadership.ParityScorecard;
import org.healthengineering.portal.domain.leadership.PostKind;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.StaffGroup;
import org.healthengineering.portal.domain.staffing.Source;
import org.healthengineering.portal.domain.staffing.StaffingLine;
import org.healthengineering.portal.domain.staffing.StaffingReturn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Clearly synthetic hospitals with plausible staffing figures (codes {@code SYN-00001}…, names ending
 * "(synthetic)"): a leadership structure, and one staffing return per quarter. Written with batched JDBC, so the
 * benchmark's 10,000 hospitals × 20 quarters load in reasonable time; the same seed gives the same figures.
 */
public final class SyntheticHospitals {

    public static final String CODE_PREFIX = "SYN-";
    public static final String SUBMITTED_BY = "synthetic-data@demo.example.org";

    static final List<String> REGIONS = List.of("North East and Yorkshire", "North West", "Midlands",
            "East of England", "London", "South East", "South West", "Wales", "Scotland", "Northern Ireland");

    private static final int BATCH = 1000;

    /** How much was written. */
    public record Summary(int hospitals, int returns, int lines) {
    }

    /** A hospital's fixed traits, drawn once from the seed. */
    private record Traits(int index, HospitalKind kind, String region, int beds, int devices, boolean consents,
                          double devicesPerFte, double vacancyRate, double agencyShare, double share55,
                          double shareUnder35, double[] groupShares, List<LeadershipPost> posts) {

        Integer parity() {
            return ParityScorecard.of(posts).overall().orElse(null);
        }

        boolean engineeringLead() {
            return posts.stream().anyMatch(p -> p.getKind() == PostKind.CHIEF_HEALTHCARE_ENGINEER);
        }
    }

    private SyntheticHospitals() {
    }

    /**
     * Writes {@code count} synthetic hospitals with a return for each of the {@code quarters} quarters ending with
     * {@code last}. With {@code commitChunks} the connection is committed after every batch (for a plain JDBC
     * connection with auto-commit off); otherwise the caller's transaction holds everything.
     */
    public static Summary generate(Connection connection, int count, Quarter last, int quarters, long seed,
                                   boolean commitChunks) throws SQLException {
        return generate(connection, CODE_PREFIX, null, count, last, quarters, seed, commitChunks);
    }

    /**
     * As {@link #generate(Connection, int, Quarter, int, long, boolean)}, with codes that start with {@code prefix}
     * (letters, digits and dashes) instead, all in one {@code region} if given (a test's own peer group). Afterwards every hospital's benchmark
     * values are kept ({@link org.healthengineering.portal.application.benchmark.BenchmarkUpkeep#rebuild}).
     */
    public static Summary generate(Connection connection, String prefix, String region, int count, Quarter last,
                                   int quarters, long seed, boolean commitChunks) throws SQLException {
        List<Traits> traits = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Traits drawn = traits(i, new SplittableRandom(seed * 1_000_003L + i));
            traits.add(region == null ? drawn : new Traits(i, drawn.kind(), region, drawn.beds(), drawn.devices(),
                    drawn.consents(), drawn.devicesPerFte(), drawn.vacancyRate(), drawn.agencyShare(),
                    drawn.share55(), drawn.shareUnder35(), drawn.groupShares(), drawn.posts()));
        }
        java.time.LocalDateTime now = InstantConverter.utc(Instant.now());
        try (PreparedStatement hospital = connection.prepareStatement("INSERT INTO hospital (code, name, kind, region,"
                + " beds, medical_devices, consents_to_named, created_at, version, parity_score, engineering_lead_post)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            int n = 0;
            for (Traits t : traits) {
                hospital.setString(1, code(prefix, t.index()));
                hospital.setString(2, "Synthetic " + t.kind().getLabel() + " Hospital " + t.index() + " (synthetic)");
                hospital.setString(3, t.kind().name());
                hospital.setString(4, t.region());
                hospital.setInt(5, t.beds());
                hospital.setInt(6, t.devices());
                hospital.setBoolean(7, t.consents());
                hospital.setObject(8, now);
                hospital.setObject(9, t.parity());
                hospital.setBoolean(10, t.engineeringLead());
                hospital.addBatch();
                n = flush(connection, hospital, ++n, commitChunks);
            }
            flush(connection, hospital, 0, commitChunks);
        }
        Map<Integer, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, code FROM hospital WHERE code LIKE ?")) {
            select.setString(1, prefix + "%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.put(Integer.parseInt(rs.getString(2).substring(prefix.length())), rs.getLong(1));
                }
            }
        }
        writePosts(connection, traits, ids, commitChunks);
        int returns = 0;
        for (Traits t : traits) {
            returns += writeReturns(connection, ids.get(t.index()), t, last, quarters, seed, commitChunks);
        }
        org.healthengineering.portal.application.benchmark.BenchmarkUpkeep.rebuild(connection, commitChunks);
        return new Summary(count, returns, returns * StaffGroup.values().length);
    }

    /** Adds synthetic returns (revision 1) for an existing hospital, such as the demo hospital. */
    public static int addReturns(Connection connection, long hospitalId, HospitalKind kind, int beds, int devices,
                                 Quarter last, int quarters, long seed) throws SQLException {
        Traits drawn = traits(0, new SplittableRandom(seed));
        Traits traits = new Traits(0, kind, drawn.region(), beds, devices, false, drawn.devicesPerFte(),
                drawn.vacancyRate(), drawn.agencyShare(), drawn.share55(), drawn.shareUnder35(), drawn.groupShares(),
                List.of());
        return writeReturns(connection, hospitalId, traits, last, quarters, seed, false);
    }

    public static String code(int index) {
        return code(CODE_PREFIX, index);
    }

    private static String code(String prefix, int index) {
        return String.format("%s%05d", prefix, index);
    }

    private static Traits traits(int index, RandomGenerator random) {
        double k = random.nextDouble();
        HospitalKind kind = k < 0.45 ? HospitalKind.ACUTE : k < 0.65 ? HospitalKind.COMMUNITY
                : k < 0.80 ? HospitalKind.MENTAL_HEALTH : k < 0.92 ? HospitalKind.SPECIALIST
                : HospitalKind.SOCIAL_CARE_PROVIDER;
        int beds = switch (kind) {
            case ACUTE -> 250 + random.nextInt(1150);
            case COMMUNITY -> random.nextInt(121);
            case MENTAL_HEALTH -> 40 + random.nextInt(411);
            case SPECIALIST -> 60 + random.nextInt(441);
            case SOCIAL_CARE_PROVIDER -> 0;
        };
        int devices = switch (kind) {
            case ACUTE -> beds * (25 + random.nextInt(21));
            case COMMUNITY -> 800 + random.nextInt(5200);
            case MENTAL_HEALTH -> 300 + random.nextInt(1700);
            case SPECIALIST -> beds * (30 + random.nextInt(31));
            case SOCIAL_CARE_PROVIDER -> 200 + random.nextInt(2800);
        };
        double[] shares = kind == HospitalKind.SOCIAL_CARE_PROVIDER
                ? new double[] {0.05, 0.05, 0.35, 0.45, 0.05, 0.05}
                : new double[] {0.28, 0.38, 0.08, 0.10, 0.08, 0.08};
        double sum = 0;
        for (int g = 0; g < shares.length; g++) {
            shares[g] *= 0.6 + random.nextDouble() * 0.8;
            sum += shares[g];
        }
        for (int g = 0; g < shares.length; g++) {
            shares[g] /= sum;
        }
        List<LeadershipPost> posts = posts(random.nextDouble() < 0.65, random);
        return new Traits(index, kind, REGIONS.get(random.nextInt(REGIONS.size())), beds, devices,
                random.nextDouble() < 0.7, 500 + random.nextInt(600), 0.03 + random.nextDouble() * 0.09,
                0.2 + random.nextDouble() * 0.6, 0.15 + random.nextDouble() * 0.2, 0.2 + random.nextDouble() * 0.15,
                shares, posts);
    }

    /** A synthetic leadership structure: the three clinical chiefs, and an engineering lead in about 65% of them. */
    private static List<LeadershipPost> posts(boolean lead, RandomGenerator random) {
        List<LeadershipPost> posts = new ArrayList<>();
        if (lead) {
            posts.add(post(PostKind.CHIEF_HEALTHCARE_ENGINEER, random.nextDouble() < 0.3 ? BoardSeat.VOTING
                    : random.nextDouble() < 0.6 ? BoardSeat.ATTENDING : BoardSeat.NONE,
                    1_000_000 + random.nextInt(4_000_000), 3 + random.nextInt(4)));
        }
        posts.add(post(PostKind.HEAD_OF_SURGERY, BoardSeat.VOTING, 6_000_000 + random.nextInt(6_000_000), 6));
        posts.add(post(PostKind.CHIEF_NURSE, BoardSeat.VOTING, 4_000_000 + random.nextInt(5_000_000), 6));
        posts.add(post(PostKind.CHIEF_PHARMACIST, random.nextBoolean() ? BoardSeat.ATTENDING : BoardSeat.VOTING,
                2_000_000 + random.nextInt(3_000_000), 5));
        return posts;
    }

    private static LeadershipPost post(PostKind kind, BoardSeat seat, int budget, int level) {
        return new LeadershipPost(0, new LeadershipPost.PostDetails(kind.getLabel() + " (synthetic)", kind, null, null,
                null, null, seat, BigDecimal.valueOf(budget), level, null));
    }

    private static void writePosts(Connection connection, List<Traits> traits, Map<Integer, Long> ids,
                                   boolean commitChunks) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO leadership_post (hospital_id, title,"
                + " kind, board_seat, budget_authority, responsibility_level, powers_recorded, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, FALSE, 0)")) {
            int n = 0;
            for (Traits t : traits) {
                for (LeadershipPost post : t.posts()) {
                    insert.setLong(1, ids.get(t.index()));
                    insert.setString(2, post.getTitle());
                    insert.setString(3, post.getKind().name());
                    insert.setString(4, post.getBoardSeat().name());
                    insert.setBigDecimal(5, post.getBudgetAuthority());
                    insert.setInt(6, post.getResponsibilityLevel());
                    insert.addBatch();
                    n = flush(connection, insert, ++n, commitChunks);
                }
            }
            flush(connection, insert, 0, commitChunks);
        }
    }

    private static int writeReturns(Connection connection, long hospitalId, Traits t, Quarter last, int quarters,
                                    long seed, boolean commitChunks) throws SQLException {
        RandomGenerator random = new SplittableRandom(seed * 7919L + t.index());
        StaffingReturn.Submission submission = new StaffingReturn.Submission(null, SUBMITTED_BY, Instant.now(),
                Source.CSV, "Synthetic figures");
        List<StaffingReturn> returns = new ArrayList<>();
        double scale = 1.0;
        for (Quarter quarter : last.lastQuarters(quarters)) {
            scale *= 1 + random.nextGaussian() * 0.01;
            returns.add(StaffingReturn.revision(hospitalId, quarter, 0,
                    lines(t, scale, random).stream().map(StaffingLine::figures).toList(), submission));
        }
        StaffingWriter.write(connection, returns);
        if (commitChunks) {
            connection.commit();
        }
        return returns.size();
    }

    private static List<StaffingLine> lines(Traits t, double scale, RandomGenerator random) {
        double inPostTotal = Math.max(1.0, t.devices() / t.devicesPerFte() * scale);
        double vacancyRate = Math.max(0, t.vacancyRate() + random.nextGaussian() * 0.01);
        List<StaffingLine> lines = new ArrayList<>();
        StaffGroup[] groups = StaffGroup.values();
        for (int g = 0; g < groups.length; g++) {
            double inPost = inPostTotal * t.groupShares()[g];
            BigDecimal inPostFte = fte(inPost);
            BigDecimal establishment = fte(inPost / (1 - vacancyRate));
            BigDecimal vacancy = establishment.subtract(inPostFte).max(BigDecimal.ZERO);
            BigDecimal agency = fte(vacancy.doubleValue() * t.agencyShare());
            int heads = (int) Math.round(inPost * 1.1);
            int older = (int) Math.round(heads * t.share55());
            int younger = (int) Math.round(heads * t.shareUnder35());
            int leavers = 0;
            for (int head = 0; head < heads; head++) {
                leavers += random.nextDouble() < 0.03 ? 1 : 0;
            }
            lines.add(new StaffingLine(new StaffingLine.Figures(groups[g], establishment, inPostFte, vacancy, agency,
                    leavers, younger, Math.max(0, heads - older - younger), older)));
        }
        return lines;
    }

    private static BigDecimal fte(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static int flush(Connection connection, PreparedStatement statement, int pending, boolean commitChunks)
            throws SQLException {
        if (pending == 0 || pending >= BATCH) {
            statement.executeBatch();
            if (commitChunks) {
                connection.commit();
            }
            return 0;
        }
        return pending;
    }
}
