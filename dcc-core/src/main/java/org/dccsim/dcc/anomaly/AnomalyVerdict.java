package org.dccsim.dcc.anomaly;

/** What anomaly detection decided for one request, with the count that decided it. */
public record AnomalyVerdict(Kind kind, long count, long threshold) {

  public enum Kind {
    PASS,
    /** Above the User Warning Threshold: the request proceeds; the event is logged. */
    WARN,
    /** Above the User Quarantine Threshold: held, not sent; DCC alert AD1 (ADUserThresholdBreach). */
    QUARANTINE_USER,
    /** Above the DCC Set Quarantine Threshold for this SRV across all Users (ADDCCThresholdBreach). */
    QUARANTINE_DCC
  }

  public boolean quarantined() {
    return kind == Kind.QUARANTINE_USER || kind == Kind.QUARANTINE_DCC;
  }
}
