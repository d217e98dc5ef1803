package org.healthengineering.portal.launcher;

import java.util.List;

/**
 * {@code ./portal bench [competence|hospitals|accreditation|audit|vacancies|credentials|pages|load|growth]}: one
 * benchmark, or all of them but {@code growth} (10 million CPD activities: about 15 minutes and 6 GB of disk, so it
 * runs only when named); {@code audit} is the CPD-audit selection part of {@code accreditation} alone. Each runs in
 * its own throw-away portal.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> which = args.length == 0 ? List.of("competence", "hospitals", "accreditation", "vacancies",
                "credentials", "pages", "load") : List.of(args);
        for (String name : which) {
            switch (name) {
                case "competence" -> BenchClient.withThrowAwayPortal(CompetenceBenchmark::run);
                case "hospitals" -> BenchClient.withThrowAwayPortal(HospitalBenchmark::run);
                case "accreditation" -> BenchClient.withThrowAwayPortal(AccreditationBenchmark::run);
                case "audit" -> BenchClient.withThrowAwayPortal(AccreditationBenchmark::audit);
                case "vacancies" -> BenchClient.withThrowAwayPortal(VacancyBenchmark::run);
                case "credentials" -> BenchClient.withThrowAwayPortal(CredentialBenchmark::run);
                case "load" -> BenchClient.withThrowAwayPortal(List.of("--demo"), List.of(), LoadBenchmark::run);
                case "growth" -> BenchClient.withThrowAwayLauncher(List.of("--demo"), List.of(), GrowthBenchmark::run);
                case "pages" -> BenchClient.withThrowAwayPortal(List.of("--demo"),
                        List.of("--deploy", PageBenchmark.bareWar(java.nio.file.Files.createTempDirectory("bare-war"))
                                 + ":/bare"), PageBenchmark::run);
                default -> {
                    System.err.println("Unknown benchmark " + name + "; use competence, hospitals, accreditation, audit, vacancies, credentials, pages, load or"
                            + " growth.");
                    System.exit(2);
                }
            }
        }
        System.exit(0);
    }
}
