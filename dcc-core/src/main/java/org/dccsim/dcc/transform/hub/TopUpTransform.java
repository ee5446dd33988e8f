package org.dccsim.dcc.transform.hub;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.GbzTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.dcc.transform.ZclCall;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.PrepaymentCommands.ConsumerTopUp;
import org.dccsim.gbcs.usecase.GbcsCommands;

/**
 * 2.2 Top Up Device: the UTRN, as the 20 ASCII digits of its text, to the meter, which checks its
 * MAC and counter (RTDS sends UTRNs the meters reject), not the DCC. On an ESME, CS01a: the "enter"
 * method (1) of the token gateway (class 115, 0-0:19.40.0.255) with the UTRN as an octet string.
 * The request counter is the UTRN's counter: GBCS keeps top-up counters in their upper 32 bits
 * (RTDS 0x0000000300000000), so the long invoke id, the counter's low 24 bits, is 0. On a GSME,
 * CS01b: the prepayment cluster's Consumer Top Up from the remote energy service interface
 * (originating device 0), the UTRN as its top-up code.
 */
final class TopUpTransform {

  private static final AccessRequestSpec ENTER_TOKEN =
      AccessRequestSpec.action(115, new ObisCode(0, 0, 19, 40, 0, 255), 1);
  /** ZigBee SE's originating devices: 0 the energy service interface (the DCC's side), 1 the meter, 2 an IHD. */
  private static final int ENERGY_SERVICE_INTERFACE = 0x00;
  private static final int UTRN_DIGITS = 20;

  private TopUpTransform() {}

  /** CS01a on an ESME. */
  static UserCommandTransform esme() {
    return new UserCommandTransform("CS01a", Set.of(DeviceType.ESME), (request, body) -> GbcsCommands.dlmsPayload(
        request.requestId().counter(), List.of(ENTER_TOKEN), List.of(DlmsData.octetString(utrn(request)))));
  }

  /** CS01b on a GSME. */
  static GbzTransform gsme() {
    return new GbzTransform("CS01b", Set.of(DeviceType.GSME), request -> List.of(ZclCall.of(PrepaymentCommands.CLUSTER,
        new ConsumerTopUp(ENERGY_SERVICE_INTERFACE, ByteSlice.copyOf(utrn(request))))));
  }

  private static byte[] utrn(AcceptedRequest request) throws RequestRefused {
    String digits = TransformValues.text(TransformValues.body(request), "UTRN");
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
