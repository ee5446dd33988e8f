package org.dccsim.dcc.duis;

import java.util.Objects;

/**
 * The sr:Header of a DUIS request, fields in schema order.
 *
 * @param firstInSequence null when absent
 * @param precedingServiceRequestId null when absent
 * @param commandVariant 1..9 as the XSD allows; which are accepted is the pipeline's decision
 */
public record RequestHeader(
    RequestId requestId,
    Boolean firstInSequence,
    RequestId precedingServiceRequestId,
    int commandVariant,
    String serviceReference,
    String serviceReferenceVariant) {

  public RequestHeader {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(serviceReference, "serviceReference");
    Objects.requireNonNull(serviceReferenceVariant, "serviceReferenceVariant");
  }
}
