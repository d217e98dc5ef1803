package org.healthengineering.portal.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ScriptJsonTest {

    private static final String NAME = "</script><img src=x onerror=alert(1)><!-- & \u2028 \u2029 \"quoted\"";

    @Test
    void jsonInAScriptCannotEndTheScriptAndReadsBackUnchanged() {
        String json = Json.createObjectBuilder().add("labels", Json.createArrayBuilder().add(NAME)).build().toString();
        String escaped = ScriptJson.escape(json);
        for (String unsafe : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(escaped.contains(unsafe), "still holds " + unsafe + ": " + escaped);
        }
        JsonObject read = Json.createReader(new StringReader(escaped)).readObject();
        assertEquals(NAME, read.getJsonArray("labels").getString(0));
    }
}
