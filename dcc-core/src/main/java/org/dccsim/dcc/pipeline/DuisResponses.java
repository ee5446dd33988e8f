package org.dccsim.dcc.pipeline;

import org.dccsim.dcc.duis.RequestId;
import org.dccsim.dcc.duis.ResponseId;
import org.dccsim.dcc.duis.response.DeviceAlertMessage;
import org.dccsim.dcc.duis.response.DccAlertMessage;
import org.dccsim.dcc.duis.response.DuisResponse;
import org.dccsim.dcc.duis.response.DuisResponseWriter;
import org.dccsim.dcc.duis.response.GbcsPayload;
import org.dccsim.dcc.duis.response.QuarantinedRequestAlert;
import org.dccsim.dcc.duis.response.ResponseMessage;
import org.dccsim.dcc.duis.response.ResponsePayload;

/**
 * The DUIS responses the DCC sends, each signed with the DSP XML-signing key: synchronous answers
 * (I0 with data, I99 acknowledgements, refusals) and what the outbox delivers later (device
 * responses, E20/E21 outcomes, AD1 alerts).
 */
public final class DuisResponses {

  private final DuisResponseWriter writer;
  private final ResponseCodes codes;

  public DuisResponses(DuisResponseWriter writer, ResponseCodes codes) {
    this.writer = writer;
    this.codes = codes;
  }

  public byte[] success(RequestId requestId, String serviceReference, String variant, ResponsePayload payload) {
    return writer.write(new DuisResponse(requestId, null, DuisResponse.SUCCESS,
        new ResponseMessage(serviceReference, variant, payload)));
  }

  public byte[] acknowledgement(RequestId requestId, String serviceReference, String variant) {
    return writer.write(DuisResponse.acknowledgement(requestId, serviceReference, variant));
  }

  public byte[] refusal(RequestId requestId, String serviceReference, String variant, Outcome outcome) {
    return writer.write(DuisResponse.refusal(requestId, codes.codeFor(outcome), serviceReference, variant));
  }

  /** A device's GBCS response, relayed unchanged to the User (I0, with the ResponseID). */
  public byte[] deviceResponse(RequestId requestId, String serviceReference, String variant, byte[] gbcs) {
    return writer.write(new DuisResponse(requestId, requestId.responseId(), DuisResponse.SUCCESS,
        new ResponseMessage(serviceReference, variant, new GbcsPayload(gbcs))));
  }

  /** E20/E21 and other outcomes reported after the acknowledgement. */
  public byte[] deviceOutcome(RequestId requestId, String serviceReference, String variant, Outcome outcome) {
    return refusal(requestId, serviceReference, variant, outcome);
  }

  /**
   * A device's alert relayed to the User it is addressed to: no RequestID (no request caused it),
   * ResponseID device:recipient:alert counter, I0, DeviceAlertMessage with the GBCS as it came.
   */
  public byte[] deviceAlert(ResponseId responseId, int alertCode, byte[] gbcs) {
    return writer.write(new DuisResponse(null, responseId, DuisResponse.SUCCESS, DeviceAlertMessage.of(alertCode, gbcs)));
  }

  /**
   * An alert the DCC raises itself about a device (not in answer to a request): ResponseID
   * {@code responder:recipient:counter} with the DCC as responder and the DCC's own counter.
   */
  public byte[] dccAlert(ResponseId responseId, DccAlertMessage alert) {
    return writer.write(new DuisResponse(null, responseId, DuisResponse.SUCCESS, alert));
  }

  public byte[] quarantined(QuarantinedRequestAlert alert) {
    return writer.write(new DuisResponse(alert.requestId(), null, DuisResponse.SUCCESS, DccAlertMessage.quarantined(alert)));
  }
}
