package org.dccsim.app;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where dccsim keeps its SMKI, keys and outbox when not told: $DCCSIM_DATA_DIR, else
 * $XDG_DATA_HOME/dccsim, else ~/.local/share/dccsim.
 */
public final class DataDirectory {

  private DataDirectory() {}

  public static Path defaultPath() {
    String explicit = System.getenv("DCCSIM_DATA_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Paths.get(explicit);
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank()
        ? Paths.get(xdg)
        : Paths.get(System.getProperty("user.home"), ".local", "share");
    return base.resolve("dccsim");
  }
}
