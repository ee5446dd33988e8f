package org.dccsim.gbcs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.dccsim.testing.ReferenceData;

/** The GBCS Reference Test Data Set 4.5.0: one upper-case hex line per file. */
public final class RtdsFiles {

  public static final String ROOT = "gbcs/rtds/RTDS-4.5.0";

  /** An RTDS file: its folder ({@code <SRV>_<UseCase>}), name and bytes. */
  public record RtdsFile(String folder, String name, byte[] bytes) {

    /** A copy: tests may mutate what they get. */
    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    public String useCaseFolder() {
      return folder.substring(folder.indexOf('_') + 1);
    }

    public boolean isPreCommand() {
      return name.contains("_PRECOMMAND");
    }

    public boolean isCommand() {
      return name.contains("_COMMAND");
    }

    public boolean isResponse() {
      return name.contains("_RESPONSE");
    }

    public boolean isAlert() {
      return name.contains("_ALERT");
    }

    @Override
    public String toString() {
      return folder + "/" + name;
    }
  }

  private static volatile List<RtdsFile> all;

  private RtdsFiles() {}

  /** Every file, sorted by path; read once per test JVM. */
  public static List<RtdsFile> all() {
    List<RtdsFile> files = all;
    if (files == null) {
      Path root = ReferenceData.require(ROOT);
      try (Stream<Path> s = Files.walk(root, 2)) {
        files =
            s.filter(p -> p.getFileName().toString().endsWith(".HEX"))
                .sorted()
                .map(p -> read(root, p))
                .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      all = files;
    }
    return files;
  }

  public static RtdsFile get(String folder, String name) {
    return all().stream()
        .filter(f -> f.folder().equals(folder) && f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no RTDS file " + folder + "/" + name));
  }

  public static byte[] bytes(String folder, String name) {
    return get(folder, name).bytes();
  }

  public static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  private static RtdsFile read(Path root, Path p) {
    try {
      String text = Files.readString(p, StandardCharsets.US_ASCII).trim();
      return new RtdsFile(
          root.relativize(p.getParent()).toString(), p.getFileName().toString(), hex(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
