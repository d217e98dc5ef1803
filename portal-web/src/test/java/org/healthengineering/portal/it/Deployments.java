package org.healthengineering.portal.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The deployments the integration tests use: always the real WAR the build produced. */
public final class Deployments {

    private Deployments() {
    }

    /** The portal exactly as it ships, for tests that talk to it over HTTP. */
    public static WebArchive portal() {
        File war = new File(System.getProperty("portal.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests through Maven (verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The portal plus test classes that run inside it. Arquillian's test runner servlet is opened to anonymous
     * requests in shiro.ini, which is otherwise the shipped one.
     */
    public static WebArchive portalWith(Class<?>... testClasses) {
        WebArchive archive = portal();
        String shiroIni = read(archive, "/WEB-INF/shiro.ini");
        archive.delete("/WEB-INF/shiro.ini");
        archive.addAsWebInfResource(new StringAsset(shiroIni.replace("[urls]\n",
                "[urls]\n/ArquillianServletRunner = anon\n/ArquillianServletRunnerEE9 = anon\n")), "shiro.ini");
        archive.addClasses(testClasses);
        return archive;
    }

    private static String read(WebArchive archive, String path) {
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
