package io.ordo.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs the ceiling application ({@code io.ordo.benchmark.ceiling}, compiled with this module)
 * into a war that Liberty deploys from its dropins folder at {@code /ceiling}.
 */
final class CeilingWar {

    static final String CONTEXT_ROOT = "/ceiling";
    private static final String PACKAGE = "io/ordo/benchmark/ceiling";

    private CeilingWar() {
    }

    /** Writes {@code ceiling.war} into {@code dropins} from the classes under {@code classes}. */
    static Path writeTo(Path classes, Path dropins) throws IOException {
        Path packageDirectory = classes.resolve(PACKAGE);
        List<Path> classFiles;
        try (Stream<Path> files = Files.list(packageDirectory)) {
            classFiles = files.filter(file -> file.toString().endsWith(".class")).sorted().toList();
        } catch (IOException e) {
            throw new IOException("the ceiling application is not compiled under " + packageDirectory, e);
        }
        if (classFiles.isEmpty()) {
            throw new IOException("no classes of the ceiling application under " + packageDirectory);
        }
        Files.createDirectories(dropins);
        Path war = dropins.resolve("ceiling.war");
        try (OutputStream out = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("WEB-INF/"));
            zip.closeEntry();
            for (Path classFile : classFiles) {
                zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + PACKAGE + "/" + classFile.getFileName()));
                Files.copy(classFile, zip);
                zip.closeEntry();
            }
        }
        return war;
    }
}
