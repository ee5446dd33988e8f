package org.dccsim.dcc.transform.hub;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.dccsim.dcc.inventory.DeviceType;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.usecase.GbcsCommands;

/**
 * 2.2 Top Up Device on an ESME: CS01a, the "enter" method (1) of the token gateway (class 115,
 * 0-0:19.40.0.255) with the UTRN as an octet string of its 20 ASCII digits. The request counter is
 * the UTRN's counter: GBCS keeps top-up counters in their upper 32 bits (RTDS 0x0000000300000000),
 * so the long invoke id, the counter's low 24 bits, is 0. The ESME, not the DCC, checks the UTRN's
 * MAC and counter (RTDS sends UTRNs the meter rejects).
 */
final class TopUpTransform {

  private static final AccessRequestSpec ENTER_TOKEN =
      AccessRequestSpec.action(115, new ObisCode(0, 0, 19, 40, 0, 255), 1);
  private static final int UTRN_DIGITS = 20;

  private TopUpTransform() {}

  static UserCommandTransform create() {
    return new UserCommandTransform("CS01a", Set.of(DeviceType.ESME), (request, body) -> GbcsCommands.dlmsPayload(
        request.requestId().counter(), List.of(ENTER_TOKEN),
        List.of(DlmsData.octetString(utrn(TransformValues.text(body, "UTRN"))))));
  }

  private static byte[] utrn(String digits) throws RequestRefused {
    boolean valid = digits.length() == UTRN_DIGITS;
    for (int i = 0; valid && i < digits.length(); i++) {
      valid = digits.charAt(i) >= '0' && digits.charAt(i) <= '9';
    }
    if (!valid) {
      throw TransformValues.invalid("TopUpDevice/UTRN", "20 decimal digits, not '" + digits + "'");
    }
    return digits.getBytes(StandardCharsets.US_ASCII);
  }
}
