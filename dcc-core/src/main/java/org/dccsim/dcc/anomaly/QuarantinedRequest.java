package org.dccsim.dcc.anomaly;

import java.time.Instant;
import org.dccsim.smki.Eui64;

/** A request held by anomaly detection, with the reference its AD1 alert reports. */
public record QuarantinedRequest(
    long eventRef, String requestId, Eui64 user, String variant, AnomalyVerdict verdict, Instant at) {}
