package org.healthengineering.portal.domain.credential;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * One issuer's W3C Bitstring Status List for one {@link StatusPurpose}, as it is published: which of its entries
 * are set. A credential takes a random free entry ({@link #take}); a list takes new credentials until half its
 * entries are taken, so that an entry tells an observer little about when or to whom it was given.
 */
@Entity
@Table(name = "credential_status_list")
public class StatusList {

    /** Entries in a new list: the specification's minimum, 131,072 (16 KB). */
    public static final int SIZE = BitstringStatusList.MINIMUM_SIZE;
    /** How many random picks {@link #take} makes before it gives up on a list. */
    static final int PICKS = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "issuer_id", nullable = false, updatable = false)
    private Long issuerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, updatable = false, length = 16)
    private StatusPurpose purpose;

    @Column(name = "size", nullable = false, updatable = false)
    private int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "bits", nullable = false)
    private byte[] bits;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "taken_bits", nullable = false)
    private byte[] takenBits;

    @Column(name = "taken", nullable = false)
    private int taken;

    @Column(name = "accepting", nullable = false)
    private boolean accepting;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected StatusList() {
    }

    public StatusList(long issuerId, StatusPurpose purpose, Instant now) {
        this.issuerId = issuerId;
        this.purpose = Objects.requireNonNull(purpose);
        this.size = SIZE;
        this.bits = BitstringStatusList.ofSize(SIZE).bytes();
        this.takenBits = new byte[SIZE / 8];
        this.accepting = true;
        this.changedAt = Objects.requireNonNull(now);
    }

    /**
     * A random free entry, now taken; empty when the list no longer accepts credentials (half full), or no free
     * entry turned up in {@value #PICKS} picks, after which it stops accepting. The caller holds a lock on the list's
     * row, read after the lock was taken, so that two issues at once never take the same entry.
     */
    public OptionalInt take(RandomGenerator random) {
        if (!accepting) {
            return OptionalInt.empty();
        }
        for (int pick = 0; pick < PICKS; pick++) {
            int index = random.nextInt(size);
            byte mask = (byte) (0x80 >>> (index & 7));
            if ((takenBits[index >>> 3] & mask) == 0) {
                byte[] changed = takenBits.clone();
                changed[index >>> 3] |= mask;
                takenBits = changed;
                taken++;
                accepting = taken < size / 2;
                return OptionalInt.of(index);
            }
        }
        accepting = false;
        return OptionalInt.empty();
    }

    /** Sets or clears the entry at {@code index}; answers whether it changed. */
    public boolean mark(int index, boolean set, Instant now) {
        BitstringStatusList list = list();
        if (list.isSet(index) == set) {
            return false;
        }
        bits = list.withStatus(index, set).bytes();
        changedAt = now;
        return true;
    }

    /** The list as published. */
    public BitstringStatusList list() {
        return BitstringStatusList.ofBytes(bits);
    }

    public Long getId() {
        return id;
    }

    public Long getIssuerId() {
        return issuerId;
    }

    public StatusPurpose getPurpose() {
        return purpose;
    }

    public int getSize() {
        return size;
    }

    public int getTaken() {
        return taken;
    }

    public boolean isAccepting() {
        return accepting;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public int getVersion() {
        return version;
    }
}
