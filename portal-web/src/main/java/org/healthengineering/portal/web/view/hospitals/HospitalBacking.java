package org.healthengineering.portal.web.view.hospitals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.hospital.Hospitals;
import org.healthengineering.portal.application.hospital.Leadership;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.leadership.BoardSeat;
import org.healthengineering.portal.domain.leadership.DecisionPower;
import org.healthengineering.portal.domain.leadership.LeadershipPost;
import org.healthengineering.portal.domain.leadership.ParityScorecard;
import org.healthengineering.portal.domain.leadership.PostKind;
import org.healthengineering.portal.web.view.PageMessages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One hospital: its leadership structure (table, org chart), the post dialog and the parity scorecard. */
@Named
@ViewScoped
public class HospitalBacking implements Serializable {

    @Inject
    Hospitals hospitals;

    @Inject
    Leadership leadership;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private String code;
    private Hospital hospital;
    private List<LeadershipPost> posts;
    private ParityScorecard parity;
    private List<ChartRow> chart = List.of();
    private Long editingId;
    private String title;
    private PostKind kind;
    private String holderName;
    private String grade;
    private Long reportsToId;
    private BoardSeat boardSeat;
    private BigDecimal budgetAuthority;
    private Integer responsibilityLevel;
    private boolean powersRecorded;
    private List<DecisionPower> powers = new ArrayList<>();

    public void load() {
        hospital = hospitals.get(code);
        if (!caller.has(Permissions.hospitalRead(hospital.getId()))) {
            posts = List.of();
            parity = null;
            chart = List.of();
            return;
        }
        posts = leadership.posts(code);
        parity = ParityScorecard.of(posts);
        chart = outline(posts);
    }

    /** One post in the structure, at its depth below the hospital, with the post it reports to. */
    public static final class ChartRow implements Serializable {
        private final LeadershipPost post;
        private final int depth;
        private final String reportsTo;

        ChartRow(LeadershipPost post, int depth, String reportsTo) {
            this.post = post;
            this.depth = depth;
            this.reportsTo = reportsTo;
        }

        public LeadershipPost getPost() { return post; }
        public int getDepth() { return depth; }
        public String getReportsTo() { return reportsTo; }
    }

    /**
     * The structure as an outline: every post under the one it reports to, siblings side by side at the same depth
     * (the clinical chiefs and the engineering lead who all report to the chief executive stand level, as parity
     * says they should, not in a chain); posts reporting to no one, or in a loop, start at the top.
     */
    static List<ChartRow> outline(List<LeadershipPost> all) {
        Map<Long, List<LeadershipPost>> below = new HashMap<>();
        Map<Long, LeadershipPost> byId = new HashMap<>();
        all.forEach(post -> byId.put(post.getId(), post));
        List<LeadershipPost> tops = new ArrayList<>();
        for (LeadershipPost post : all) {
            if (post.getReportsToId() == null || !byId.containsKey(post.getReportsToId())) {
                tops.add(post);
            } else {
                below.computeIfAbsent(post.getReportsToId(), id -> new ArrayList<>()).add(post);
            }
        }
        List<ChartRow> rows = new ArrayList<>();
        java.util.Set<Long> placed = new java.util.HashSet<>();
        for (LeadershipPost top : tops) {
            place(top, 0, null, below, rows, placed);
        }
        for (LeadershipPost post : all) {
            if (!placed.contains(post.getId())) {
                place(post, 0, null, below, rows, placed);
            }
        }
        return rows;
    }

    private static void place(LeadershipPost post, int depth, String reportsTo, Map<Long, List<LeadershipPost>> below,
                              List<ChartRow> rows, java.util.Set<Long> placed) {
        if (!placed.add(post.getId())) {
            return;
        }
        rows.add(new ChartRow(post, Math.min(depth, 5), reportsTo));
        for (LeadershipPost child : below.getOrDefault(post.getId(), List.of())) {
            place(child, depth + 1, post.getTitle(), below, rows, placed);
        }
    }

    public boolean isEditor() {
        return hospital != null && caller.has(Permissions.hospitalEdit(hospital.getId()));
    }

    public boolean isMember() {
        return hospital != null && caller.has(Permissions.hospitalRead(hospital.getId()));
    }

    public void startPost(LeadershipPost post) {
        editingId = post == null ? null : post.getId();
        LeadershipPost.PostDetails d = post == null ? null : post.details();
        title = d == null ? null : d.title();
        kind = d == null ? null : d.kind();
        holderName = d == null ? null : d.holderName();
        grade = d == null ? null : d.grade();
        reportsToId = d == null ? null : d.reportsToId();
        boardSeat = d == null ? null : d.boardSeat();
        budgetAuthority = d == null ? null : d.budgetAuthority();
        responsibilityLevel = d == null ? null : d.responsibilityLevel();
        powersRecorded = d != null && d.powers() != null;
        powers = d == null || d.powers() == null ? new ArrayList<>() : new ArrayList<>(d.powers());
    }

    public String savePost() {
        LeadershipPost.PostDetails details = new LeadershipPost.PostDetails(title, kind, holderName, null, grade,
                reportsToId, boardSeat, budgetAuthority, responsibilityLevel,
                powersRecorded || !powers.isEmpty() ? (powers.isEmpty() ? EnumSet.noneOf(DecisionPower.class)
                        : EnumSet.copyOf(powers)) : null);
        if (editingId == null) {
            leadership.addPost(code, details);
        } else {
            leadership.revisePost(code, editingId, details);
        }
        load();
        messages.info("hospital.postSaved");
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        return null;
    }

    public void removePost(long postId) {
        leadership.removePost(code, postId);
        load();
        messages.info("hospital.postRemoved");
    }

    public String titleOf(Long postId) {
        return posts.stream().filter(p -> p.getId().equals(postId)).map(LeadershipPost::getTitle).findFirst().orElse("");
    }

    public String percent(java.util.Optional<Integer> score) {
        return score.map(s -> s + "%").orElse(messages.text("hospital.notKnown"));
    }

    public String share(java.util.Optional<Double> score) {
        return score.map(s -> Math.round(s * 100) + "%").orElse("—");
    }

    public String getFormula() {
        return ParityScorecard.FORMULA;
    }

    public PostKind[] getKinds() { return PostKind.values(); }
    public BoardSeat[] getSeats() { return BoardSeat.values(); }
    public DecisionPower[] getAllPowers() { return DecisionPower.values(); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Hospital getHospital() { return hospital; }
    public List<LeadershipPost> getPosts() { return posts; }
    public ParityScorecard getParity() { return parity; }
    public List<ChartRow> getChart() { return chart; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public PostKind getKind() { return kind; }
    public void setKind(PostKind kind) { this.kind = kind; }
    public String getHolderName() { return holderName; }
    public void setHolderName(String holderName) { this.holderName = holderName; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public Long getReportsToId() { return reportsToId; }
    public void setReportsToId(Long reportsToId) { this.reportsToId = reportsToId; }
    public BoardSeat getBoardSeat() { return boardSeat; }
    public void setBoardSeat(BoardSeat boardSeat) { this.boardSeat = boardSeat; }
    public BigDecimal getBudgetAuthority() { return budgetAuthority; }
    public void setBudgetAuthority(BigDecimal budgetAuthority) { this.budgetAuthority = budgetAuthority; }
    public Integer getResponsibilityLevel() { return responsibilityLevel; }
    public void setResponsibilityLevel(Integer responsibilityLevel) { this.responsibilityLevel = responsibilityLevel; }
    public boolean isPowersRecorded() { return powersRecorded; }
    public void setPowersRecorded(boolean powersRecorded) { this.powersRecorded = powersRecorded; }
    public List<DecisionPower> getPowers() { return powers; }
    public void setPowers(List<DecisionPower> powers) { this.powers = powers; }
}
