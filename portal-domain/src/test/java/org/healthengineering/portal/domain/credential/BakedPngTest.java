package org.healthengineering.portal.domain.credential;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BakedPngTest {

    private static byte[] plainPng() throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aBakedCredentialComesBackOut() throws Exception {
        String credential = Vector.text("credential-signed.json");

        byte[] baked = BakedPng.bake(plainPng(), credential);

        assertEquals(Optional.of(credential), BakedPng.credentialIn(baked));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(baked)), "still a PNG that an image reader opens");
    }

    @Test
    void theChunkIsUncompressedITxtJustBeforeIend() throws Exception {
        byte[] baked = BakedPng.bake(plainPng(), "{\"name\":\"Ünïcode badge\"}");

        String tail = new String(baked, baked.length - 12, 8, StandardCharsets.ISO_8859_1);
        String asText = new String(baked, StandardCharsets.ISO_8859_1);
        int chunk = asText.indexOf("iTXtopenbadgecredential\0\0\0\0\0{");

        assertEquals("IEND", tail.substring(4));
        assertEquals(baked.length - 12 - 12 - ("openbadgecredential".length() + 5
                + "{\"name\":\"Ünïcode badge\"}".getBytes(StandardCharsets.UTF_8).length), chunk - 4);
        assertEquals(Optional.of("{\"name\":\"Ünïcode badge\"}"), BakedPng.credentialIn(baked));
    }

    @Test
    void bakingAgainReplacesTheCredential() throws Exception {
        byte[] once = BakedPng.bake(plainPng(), "first");

        byte[] twice = BakedPng.bake(once, "second");

        assertEquals(Optional.of("second"), BakedPng.credentialIn(twice));
        assertEquals(once.length + "second".length() - "first".length(), twice.length, "one chunk, not two");
    }

    @Test
    void aJwtBakesToo() throws Exception {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl";

        assertEquals(Optional.of(jwt), BakedPng.credentialIn(BakedPng.bake(plainPng(), jwt)));
    }

    @Test
    void aPngWithoutTheChunkHasNone() throws Exception {
        assertEquals(Optional.empty(), BakedPng.credentialIn(plainPng()));
    }

    @Test
    void whatIsNotAPngIsRefused() throws Exception {
        byte[] png = plainPng();
        byte[] damaged = png.clone();
        damaged[20] ^= 0x01;

        assertThrows(IllegalArgumentException.class, () -> BakedPng.credentialIn("{}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> BakedPng.credentialIn(Arrays.copyOf(png, png.length - 6)));
        assertThrows(IllegalArgumentException.class, () -> BakedPng.credentialIn(damaged));
        assertThrows(IllegalArgumentException.class, () -> BakedPng.bake(damaged, "x"));
    }

    @Test
    void bakingLeavesTheImageChunksAsTheyWere() throws Exception {
        byte[] png = plainPng();

        byte[] baked = BakedPng.bake(png, "x");

        assertArrayEquals(Arrays.copyOf(png, png.length - 12), Arrays.copyOf(baked, png.length - 12));
    }
}
