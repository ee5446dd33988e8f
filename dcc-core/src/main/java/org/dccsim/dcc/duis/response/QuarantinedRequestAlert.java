package org.dccsim.dcc.duis.response;

import java.util.Objects;
import org.dccsim.dcc.duis.RequestId;

/**
 * sr:QuarantinedRequest of an AD1 alert: which threshold the request breached, the request, and
 * the reference under which the DCC holds it.
 *
 * @param quarantineEventRef unsigned, at most 20 decimal digits as the XSD allows
 */
public record QuarantinedRequestAlert(Breach breach, RequestId requestId, long quarantineEventRef)
    implements DccAlert {

  /** The three breach elements of the XSD's QuarantinedRequest choice. */
  public enum Breach {
    USER_THRESHOLD("ADUserThresholdBreach"),
    DCC_THRESHOLD("ADDCCThresholdBreach"),
    ATTRIBUTE_LIMITS("ADAttributeLimitsBreach");

    private final String elementName;

    Breach(String elementName) {
      this.elementName = elementName;
    }

    public String elementName() {
      return elementName;
    }
  }

  public QuarantinedRequestAlert {
    Objects.requireNonNull(breach, "breach");
    Objects.requireNonNull(requestId, "requestId");
  }
}
