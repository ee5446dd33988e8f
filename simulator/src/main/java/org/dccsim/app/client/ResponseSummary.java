package org.dccsim.app.client;

import java.util.HexFormat;
import java.util.Optional;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.MessageCode;
import org.dccsim.gbcs.usecase.MessageCodes;

/** One-paragraph human summary of a DUIS response: code, signature, and the GBCS it carries. */
final class ResponseSummary {

  private ResponseSummary() {}

  static String of(InspectedResponse r) {
    StringBuilder b = new StringBuilder();
    b.append(r.responseCode()).append("  ").append(r.bodyKind());
    if (r.response().requestId() != null) {
      b.append("  RequestID ").append(r.response().requestId());
    }
    b.append("\n  signature: ").append(r.signature().isValid()
        ? "valid (" + r.signature().signer().subject() + String.format(", role 0x%02X)", r.signature().signer().remotePartyRole())
        : "NOT VALID: " + r.signature());
    r.preCommand().ifPresent(p -> b.append("\n  PreCommand: ").append(gbcs(p)));
    r.gbcsPayload().ifPresent(p -> b.append("\n  GBCSPayload: ").append(gbcs(p)));
    r.response().body().childText("DCCAlertCode").ifPresent(c -> b.append("\n  DCC alert ").append(c));
    return b.toString();
  }

  private static String gbcs(byte[] message) {
    try {
      GbcsMessage m = message[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG
          ? GbcsCodec.decode(message)
          : GbcsMessage.unwrapped(GbcsCodec.decodeApdu(message));
      GeneralSigningApdu a = m.apdu();
      Optional<MessageCode> code = MessageCodes.standard().byCode(a.messageCode());
      return String.format("%s %s from %s to %s, counter %s, %s, signature %s%s%n    %s",
          code.map(MessageCode::useCase).orElse(String.format("0x%04X", a.messageCode())), a.cra(),
          a.originator(), a.recipient(), Long.toUnsignedString(a.originatorCounter()),
          m.isMacProtected() ? "MACed" : "not MACed", a.signature().kind(), "",
          HexFormat.of().withUpperCase().formatHex(message));
    } catch (GbcsCodecException | RuntimeException e) {
      return "unreadable GBCS (" + e.getMessage() + ")";
    }
  }
}
