/**
 * Open Badges 3.0 verifiable credentials, without persistence: Data Integrity proofs with the {@code
 * eddsa-rdfc-2022} cryptosuite over the bundled JSON-LD contexts, VC-JWTs (RS256), Multikey and {@code did:key}
 * Ed25519 keys, Bitstring Status Lists and badges baked into PNG images. Everything here is pure: it signs, checks
 * and encodes what it is given, and never touches the network.
 */
package org.healthengineering.portal.domain.credential;
