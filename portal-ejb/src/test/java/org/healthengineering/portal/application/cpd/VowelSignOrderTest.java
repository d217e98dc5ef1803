package org.healthengineering.portal.application.cpd;

import org.healthengineering.portal.application.cpd.VowelSignOrder.Cluster;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VowelSignOrderTest {

    @Test
    void aTamilESignGoesBeforeItsConsonant() {
        assertEquals(List.of(new Cluster("\u0BC6\u0B9A", "\u0B9A\u0BC6")), VowelSignOrder.clusters("\u0B9A\u0BC6"));
    }

    @Test
    void aTwoPartSignGoesAroundItsConsonant() {
        assertEquals(List.of(new Cluster("\u0BC6\u0B9A\u0BBE", "\u0B9A\u0BCA")), VowelSignOrder.clusters("\u0B9A\u0BCA"));
        assertEquals(List.of(new Cluster("\u0D47\u0D2E\u0D3E", "\u0D2E\u0D4B")), VowelSignOrder.clusters("\u0D2E\u0D4B"));
        assertEquals(List.of(new Cluster("\u0DD9\u0DB4\u0DCF\u0DCA", "\u0DB4\u0DDD")),
                VowelSignOrder.clusters("\u0DB4\u0DDD"));
    }

    @Test
    void aGurmukhiISignGoesBeforeItsConsonantAndNukta() {
        assertEquals(List.of(new Cluster("\u0A3F\u0A1C\u0A3C", "\u0A1C\u0A3C\u0A3F")),
                VowelSignOrder.clusters("\u0A1C\u0A3C\u0A3F"));
    }

    @Test
    void afterAViramaOnlyTheLastConsonantIsPassed() {
        assertEquals(List.of(new Cluster("\u0B95", "\u0B95"), new Cluster("\u0BCD", "\u0BCD"),
                new Cluster("\u0BC6\u0BB7", "\u0BB7\u0BC6")), VowelSignOrder.clusters("\u0B95\u0BCD\u0BB7\u0BC6"));
    }

    @Test
    void aSignWithNoConsonantBeforeItStaysWhereItIs() {
        assertEquals(List.of(new Cluster(" ", " "), new Cluster("\u0BC6", "\u0BC6")), VowelSignOrder.clusters(" \u0BC6"));
        assertEquals(List.of(new Cluster("a", "a"), new Cluster("\u0BC6", "\u0BC6")), VowelSignOrder.clusters("a\u0BC6"));
    }

    @Test
    void textInOtherScriptsIsOneCluster() {
        assertEquals(List.of(new Cluster("राजेश Łódź", "राजेश Łódź")), VowelSignOrder.clusters("राजेश Łódź"));
    }
}
