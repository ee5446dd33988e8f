package org.dccsim.dcc.catalogue;

import java.util.Optional;

/** The three DUIS web services of the DCC (DCC Boxed paths) and the Command Variants each takes. */
public enum DuisService {
  SEND_COMMAND("/api/v1/serviceS"),
  NON_DEVICE("/api/v1/serviceD"),
  TRANSFORM("/api/v1/serviceT");

  private final String path;

  DuisService(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }

  public static Optional<DuisService> forPath(String path) {
    for (DuisService s : values()) {
      if (s.path.equals(path)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
