package org.dccsim.app;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.NoSuchFileException;

/** Says in one sentence what went wrong for the errors a user can cause and fix. */
final class UserFacingError {

  private UserFacingError() {}

  static String describe(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && !(t instanceof BindException) && !(t instanceof NoSuchFileException)) {
      t = t.getCause();
    }
    if (t instanceof BindException) {
      return "cannot listen: " + t.getMessage() + " (is another dccsim running? choose another --port)";
    }
    if (t instanceof NoSuchFileException f) {
      return "no such file: " + f.getFile();
    }
    if (t instanceof org.dccsim.gbcs.frame.GbcsCodecException) {
      return "malformed GBCS " + t.getMessage();
    }
    if (t instanceof IOException) {
      return t.getMessage() == null ? t.toString() : t.getMessage();
    }
    String m = e.getMessage();
    return m == null ? e.toString() : m;
  }
}
