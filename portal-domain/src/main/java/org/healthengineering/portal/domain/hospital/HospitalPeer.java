package org.healthengineering.portal.domain.hospital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One hospital on another's saved "my peers" list. */
@Entity
@Table(name = "hospital_peer")
@IdClass(HospitalPeer.Key.class)
public class HospitalPeer {

    /** The primary key. */
    public static class Key implements Serializable {
        private Long hospitalId;
        private Long peerId;

        public Key() {
        }

        public Key(Long hospitalId, Long peerId) {
            this.hospitalId = hospitalId;
            this.peerId = peerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(hospitalId, other.hospitalId) && Objects.equals(peerId, other.peerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(hospitalId, peerId);
        }
    }

    @Id
    @Column(name = "hospital_id")
    private Long hospitalId;

    @Id
    @Column(name = "peer_id")
    private Long peerId;

    protected HospitalPeer() {
    }

    public HospitalPeer(long hospitalId, long peerId) {
        this.hospitalId = hospitalId;
        this.peerId = peerId;
    }

    public Long getHospitalId() {
        return hospitalId;
    }

    public Long getPeerId() {
        return peerId;
    }
}
