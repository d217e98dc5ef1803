package org.healthengineering.portal.web.view.hospitals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.benchmark.Benchmarking;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.benchmark.Benchmark;
import org.healthengineering.portal.domain.benchmark.BenchmarkCsv;
import org.healthengineering.portal.domain.benchmark.Metric;
import org.healthengineering.portal.domain.benchmark.PeerGroup;
import org.healthengineering.portal.domain.benchmark.PeerStatistics;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.benchmark.Standing;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.faces.Words;
import org.healthengineering.portal.web.view.PageMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A hospital against a peer group: the metrics table, one metric's charts, CSV export and the "my peers" list. */
@Named
@ViewScoped
public class BenchmarkBacking implements Serializable {

    @Inject
    Benchmarking benchmarking;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    @Inject
    Words words;

    @Inject
    org.healthengineering.portal.web.faces.Formats formats;

    private String code;
    private Hospital hospital;
    private PeerGroup peers = PeerGroup.KIND;
    private String quarter;
    private Metric metric = Metric.VACANCY_RATE;
    private Benchmark benchmark;
    private List<String> quarters;
    private List<Benchmarking.Listing> myPeers;
    private List<Benchmarking.Listing> chosen = new ArrayList<>();
    private List<Benchmarking.Listing> found = List.of();
    private String peerQuery;

    public void load() {
        Benchmarking.Page page = benchmarking.page(code, peers, chosenQuarter());
        hospital = page.hospital();
        quarters = page.quarters().stream().map(Quarter::toString).toList();
        myPeers = page.myPeers();
        chosen = new ArrayList<>(myPeers);
        benchmark = page.benchmark();
        quarter = benchmark.quarter().toString();
    }

    public void compute() {
        benchmark = benchmarking.benchmark(code, peers, chosenQuarter());
        quarter = benchmark.quarter().toString();
    }

    /** The quarter asked for, or null for the hospital's latest. */
    private Quarter chosenQuarter() {
        return quarter == null || quarter.isBlank() ? null : Quarter.parse(quarter, "quarter");
    }

    public Benchmark.MetricResult getSelected() {
        if (benchmark == null) {
            // The view's state was dropped under this request (a session with very many views in flight at once).
            load();
        }
        return benchmark.metrics().stream().filter(m -> m.metric() == metric).findFirst().orElseThrow();
    }

    public boolean isCharted() {
        Benchmark.MetricResult m = getSelected();
        return m.statistics().isPresent() && !m.metric().isYesNo();
    }

    public String getBarChart() {
        return BenchmarkCharts.bars(getSelected());
    }

    public String getBoxPlot() {
        return BenchmarkCharts.boxPlot(getSelected());
    }

    public String getTrendChart() {
        return BenchmarkCharts.trend(getSelected());
    }

    public StreamedContent getCsv() {
        byte[] csv = BenchmarkCsv.write(hospital.getName(), benchmark).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().contentType("text/csv")
                .name("benchmark-" + hospital.getCode() + "-" + benchmark.group() + "-" + benchmark.quarter() + ".csv")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** Finds hospitals to add to "my peers" by name or code (names, kinds, regions and size bands; no figures). */
    public void findPeers() {
        found = peerQuery == null || peerQuery.trim().length() < 2 ? List.of()
                : benchmarking.directory(peerQuery.trim()).stream()
                .filter(l -> !l.code().equals(hospital.getCode()))
                .filter(l -> chosen.stream().noneMatch(c -> c.code().equals(l.code()))).toList();
    }

    public void addPeer(Benchmarking.Listing listing) {
        if (chosen.stream().noneMatch(c -> c.code().equals(listing.code()))) {
            chosen.add(listing);
        }
        found = found.stream().filter(l -> !l.code().equals(listing.code())).toList();
    }

    public void removePeer(Benchmarking.Listing listing) {
        chosen.removeIf(c -> c.code().equals(listing.code()));
    }

    public void savePeers() {
        myPeers = benchmarking.savePeers(code, chosen.stream().map(Benchmarking.Listing::code).toList());
        chosen = new ArrayList<>(myPeers);
        messages.info("benchmark.peersSaved", myPeers.size());
        if (peers == PeerGroup.CUSTOM) {
            compute();
        }
    }
    public String share(Benchmark.MetricResult m) {
        return m.statistics().map(s -> messages.text("benchmark.shareOf", String.format(Locale.UK, "%.0f%%", s.mean() * 100),
                        s.count()))
                .orElse("—");
    }

    /** Red, amber or green by quartile against the peer median (see {@link Standing}). */
    public Standing standing(Benchmark.MetricResult m) {
        return Standing.of(m);
    }

    public String getGroupSize() {
        return messages.text("benchmark.groupSize", words.of(benchmark.group()), benchmark.peerCount(),
                benchmark.quarter().toString());
    }

    /**
     * How current the peer statistics are, when they were kept ahead of time ("last brought up to date at …", with
     * the oldest change still being added); null when they were drawn from every figure now.
     */
    public String getFreshness() {
        if (benchmark == null || !benchmark.isKept()) {
            return null;
        }
        Benchmark.Freshness f = benchmark.freshness();
        return f.pendingSince() == null
                ? messages.text("benchmark.kept", formats.dateTimeToTheSecond(f.keptAt()))
                : messages.text("benchmark.keptPending", formats.dateTimeToTheSecond(f.keptAt()),
                formats.dateTimeToTheSecond(f.pendingSince()));
    }

    public List<Choice> getQuarterChoices() {
        return Choice.ofTexts(quarters, quarter);
    }

    public boolean isEditor() {
        return hospital != null && caller.has(Permissions.hospitalEdit(hospital.getId()));
    }

    public int getMinimumPeers() {
        return PeerStatistics.MINIMUM_PEERS;
    }

    public String getNotNamedRule() {
        return org.healthengineering.portal.domain.benchmark.Benchmark.RULE;
    }

    public PeerGroup[] getPeerGroups() { return PeerGroup.values(); }
    public Metric[] getMetrics() { return Metric.values(); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Hospital getHospital() { return hospital; }
    public PeerGroup getPeers() { return peers; }
    public void setPeers(PeerGroup peers) { this.peers = peers == null ? PeerGroup.KIND : peers; }
    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
    public Metric getMetric() { return metric; }
    public void setMetric(Metric metric) { this.metric = metric == null ? Metric.VACANCY_RATE : metric; }
    public Benchmark getBenchmark() { return benchmark; }
    public List<String> getQuarters() { return quarters; }
    public List<Benchmarking.Listing> getMyPeers() { return myPeers; }
    public List<Benchmarking.Listing> getChosen() { return chosen; }
    public List<Benchmarking.Listing> getFound() { return found; }
    public String getPeerQuery() { return peerQuery; }
    public void setPeerQuery(String peerQuery) { this.peerQuery = peerQuery; }
}
