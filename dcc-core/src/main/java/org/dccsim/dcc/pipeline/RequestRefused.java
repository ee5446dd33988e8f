package org.dccsim.dcc.pipeline;

/**
 * A stage refused a Service Request. Carries the stage (for the log) and the outcome (for the
 * DUIS response code). Thrown and caught inside the pipeline only; expected, so no stack trace.
 */
public final class RequestRefused extends Exception {

  private final String stage;
  private final Outcome outcome;

  public RequestRefused(String stage, Outcome outcome, String detail) {
    super(detail, null, false, false);
    this.stage = stage;
    this.outcome = outcome;
  }

  public String stage() {
    return stage;
  }

  public Outcome outcome() {
    return outcome;
  }

  @Override
  public String toString() {
    return stage + ": " + outcome + " (" + getMessage() + ")";
  }
}
