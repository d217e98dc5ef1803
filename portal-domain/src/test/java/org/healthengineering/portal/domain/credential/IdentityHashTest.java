package org.healthengineering.portal.domain.credential;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityHashTest {

    @Test
    void anEmailMatchesItsOwnHashWhateverItsCase() {
        IdentityHash hash = IdentityHash.ofEmail("ada@example.org");

        assertTrue(hash.identityHash().startsWith("sha256$"));
        assertEquals(7 + 64, hash.identityHash().length());
        assertTrue(IdentityHash.matches(hash.identityHash(), hash.salt(), "ada@example.org"));
        assertTrue(IdentityHash.matches(hash.identityHash(), hash.salt(), " Ada@Example.ORG "));
        assertFalse(IdentityHash.matches(hash.identityHash(), hash.salt(), "ben@example.org"));
        assertFalse(IdentityHash.matches(hash.identityHash(), "00" + hash.salt(), "ada@example.org"));
    }

    @Test
    void theSaltIsNewEachTimeSoTwoCredentialsCannotBeLinked() {
        assertNotEquals(IdentityHash.ofEmail("ada@example.org").identityHash(),
                IdentityHash.ofEmail("ada@example.org").identityHash());
    }

    @Test
    void theHashIsSha256OfEmailThenSaltInHex() {
        // computed outside Java: printf %s ada@example.orgpepper | sha256sum
        assertEquals("sha256$ebe41303590c450d254bbeacc4ccf12cf6690106fe8ec1fca9349c7a890e3e30",
                IdentityHash.hash("ada@example.org", "pepper"));
        assertTrue(IdentityHash.matches("SHA256$EBE41303590C450D254BBEACC4CCF12CF6690106FE8EC1FCA9349C7A890E3E30",
                "pepper", "ada@example.org"));
    }

    @Test
    void otherAlgorithmsAndMissingValuesNeverMatch() {
        assertFalse(IdentityHash.matches("md5$0cc175b9c0f1b6a831c399e269772661", "", "a"));
        assertFalse(IdentityHash.matches(null, "", "a"));
        assertFalse(IdentityHash.matches("sha256$00", "", ""));
    }

    @Test
    void theIdentityObjectCarriesTheOpenBadgesTerms() {
        assertEquals("{\"type\":\"IdentityObject\",\"identityHash\":\"sha256$ab\",\"identityType\":\"emailAddress\","
                + "\"hashed\":true,\"salt\":\"cd\"}", new IdentityHash("sha256$ab", "cd").toJson().toString());
    }
}
