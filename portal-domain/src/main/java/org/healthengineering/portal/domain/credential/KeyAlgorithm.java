package org.healthengineering.portal.domain.credential;

/** What an issuer's key signs: Ed25519 the embedded Data Integrity proofs, RSA (RS256) the VC-JWTs. */
public enum KeyAlgorithm {
    ED25519("Ed25519"), RSA("RSA");

    private final String jcaName;

    KeyAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    /** The algorithm's name for the JDK's {@code KeyFactory} and {@code KeyPairGenerator}. */
    public String jcaName() {
        return jcaName;
    }
}
