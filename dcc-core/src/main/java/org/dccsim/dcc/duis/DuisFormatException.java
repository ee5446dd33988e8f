package org.dccsim.dcc.duis;

import javax.xml.stream.Location;

/**
 * A DUIS document was refused before any processing: not well-formed, a DTD, over a limit, or not
 * the DUIS structure. Says what is wrong and where (line and column, 1-based; -1 when the fault
 * has no position, e.g. a document over the size limit).
 */
public final class DuisFormatException extends RuntimeException {

  private final String problem;
  private final int line;
  private final int column;

  public DuisFormatException(String problem, int line, int column) {
    this(problem, line, column, null);
  }

  public DuisFormatException(String problem, int line, int column, Throwable cause) {
    super(line < 0 ? problem : problem + " (line " + line + ", column " + column + ")", cause);
    this.problem = problem;
    this.line = line;
    this.column = column;
  }

  static DuisFormatException at(String problem, Location location) {
    return location == null
        ? new DuisFormatException(problem, -1, -1)
        : new DuisFormatException(problem, location.getLineNumber(), location.getColumnNumber());
  }

  /** What is wrong, without the position. */
  public String problem() {
    return problem;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
