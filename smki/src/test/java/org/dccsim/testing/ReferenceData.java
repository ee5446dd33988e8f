package org.dccsim.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates ../shared/reference, the public conformance data the tests check against. The product
 * never reads it. When it is absent, a test that needs it fails and says so: a conformance test
 * that silently passed without its data would prove nothing.
 */
public final class ReferenceData {

  private ReferenceData() {}

  public static Path root() {
    String configured = System.getProperty("dccsim.reference", System.getenv("DCCSIM_REFERENCE"));
    if (configured != null && Files.isDirectory(Paths.get(configured))) {
      return Paths.get(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared/reference").normalize();
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(
        "Reference data not found: this test needs ../shared/reference beside the project "
            + "(or -Ddccsim.reference=DIR / DCCSIM_REFERENCE). Looked for "
            + (configured != null ? configured : "../shared/reference from " + Paths.get("").toAbsolutePath()));
  }

  /** A file or folder under the reference root; fails with its full path when missing. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    if (!Files.exists(p)) {
      throw new AssertionError("Reference data is incomplete: missing " + p);
    }
    return p;
  }
}
