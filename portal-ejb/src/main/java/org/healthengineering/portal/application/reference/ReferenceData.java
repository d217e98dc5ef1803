package org.healthengineering.portal.application.reference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.healthengineering.portal.application.AfterCommit;
import org.healthengineering.portal.application.GridVersions;
import org.healthengineering.portal.application.PortalMetrics;

import javax.cache.Cache;
import javax.cache.CacheManager;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reference data from a snapshot this node keeps, checked on every read against its catalogue's version in JCache on
 * Payara's Data Grid (a short string, shared by every node). A committed change to a catalogue's entities (seen by
 * {@link ReferenceChangeListener}, or announced with {@link #changed}) gives the catalogue a new version once the
 * transaction commits, so that every node loads it again on its next read; a version lost with a Data Grid member is
 * replaced by a new one, which also means a load. Snapshots are shared between requests: what a loader returns must
 * be complete (nothing left to load lazily) and is never changed by its readers.
 */
@ApplicationScoped
public class ReferenceData {

    private static final Logger LOG = Logger.getLogger(ReferenceData.class.getName());

    /** The JCache of versions, one entry per catalogue. */
    static final String VERSIONS = "portal-reference-versions";

    @Inject
    CacheManager caches;

    @Inject
    FreshRead fresh;

    @Inject
    PortalMetrics metrics;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private Cache<String, String> versions;

    /** This node's snapshots by catalogue and part ({@code COMPETENCE/roles}). */
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    /** A catalogue's data as loaded under a version. */
    private record Snapshot(String version, Object data) {
    }

    @PostConstruct
    void open() {
        versions = GridVersions.open(caches, VERSIONS);
    }

    /**
     * A part of the catalogue's data ({@code part} names it): the snapshot this node holds if it is of the current
     * version, else what {@code load} reads (in a transaction of its own), kept as the new snapshot.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Catalogue catalogue, String part, Supplier<T> load) {
        String version = currentVersion(catalogue);
        String key = catalogue.name() + "/" + part;
        Snapshot held = snapshots.get(key);
        if (held != null && held.version().equals(version)) {
            metrics.referenceRead(catalogue.name().toLowerCase(java.util.Locale.ROOT), true);
            return (T) held.data();
        }
        metrics.referenceRead(catalogue.name().toLowerCase(java.util.Locale.ROOT), false);
        T data = fresh.read(load);
        // Kept under the version read before loading: a change committed meanwhile has a newer version already
        // or will have one, so this snapshot is read again next time.
        snapshots.put(key, new Snapshot(version, data));
        return data;
    }

    /**
     * The catalogue changes in the current transaction: once it commits, the catalogue gets a new version (and this
     * node drops its snapshot); without a transaction, at once.
     */
    public void changed(Catalogue catalogue) {
        AfterCommit.once(transactions, new ChangeKey(catalogue), true, () -> renew(catalogue));
    }

    /** The key under which a transaction remembers that a catalogue changed in it. */
    private record ChangeKey(Catalogue catalogue) {
    }

    private void renew(Catalogue catalogue) {
        snapshots.keySet().removeIf(key -> key.startsWith(catalogue.name() + "/"));
        try {
            versions.put(catalogue.name(), UUID.randomUUID().toString());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not give the " + catalogue + " reference data a new version; other nodes"
                    + " may read the old data until it changes again", e);
        }
    }

    private String currentVersion(Catalogue catalogue) {
        return GridVersions.current(versions, catalogue.name());
    }
}
