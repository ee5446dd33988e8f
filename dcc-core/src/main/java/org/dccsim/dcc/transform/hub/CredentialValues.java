package org.dccsim.dcc.transform.hub;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.asn1.CertificateKeyUsage;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.TimeBasedCpvChecks;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * Reading the DUIS values of the security credentials, join, device log and firmware requests:
 * certificates (base64 DER), remote party roles, floor sequence numbers, credential types,
 * booleans, device IDs, hexBinary, and the execution date-time as GBCS payloads carry it. A value
 * the schema would not allow is refused naming its element.
 */
final class CredentialValues {

  /** DUIS's ExecutionDateTime that cancels a future-dated request instead of scheduling one. */
  static final Instant DUIS_CANCELLATION = Instant.parse("3000-12-31T00:00:00Z");
  /** The execution date-time GBCS commands carry to cancel (RTDS CS02b, CS02g, CS06: 99991231235959Z). */
  static final Instant GBCS_CANCELLATION = Instant.parse("9999-12-31T23:59:59Z");

  private CredentialValues() {}

  /**
   * The request's execution date-time for a payload's GeneralizedTime: the cancellation marker
   * becomes GBCS's, and a fraction of a second is dropped (GBCS times are whole seconds).
   */
  static Optional<Instant> executionDateTime(BodyElement body) throws RequestRefused {
    Optional<Instant> t = TransformValues.executionDateTime(body);
    if (t.isEmpty()) {
      return t;
    }
    Instant at = t.get();
    if (at.equals(DUIS_CANCELLATION)) {
      return Optional.of(GBCS_CANCELLATION);
    }
    if (at.isAfter(GBCS_CANCELLATION)) {
      throw TransformValues.invalid(body.localName() + "/ExecutionDateTime",
          "a date-time before 9999-12-31T23:59:59Z or the cancellation 3000-12-31T00:00:00Z, not " + at);
    }
    return Optional.of(at.truncatedTo(ChronoUnit.SECONDS));
  }

  static EncodedCertificate certificate(BodyElement parent, String name) throws RequestRefused {
    return decode(TransformValues.child(parent, name), parent.localName() + "/" + name);
  }

  static Optional<EncodedCertificate> optionalCertificate(BodyElement parent, String name) throws RequestRefused {
    Optional<BodyElement> e = parent.child(name);
    return e.isEmpty() ? Optional.empty() : Optional.of(decode(e.get(), parent.localName() + "/" + name));
  }

  /** CertificationPathCertificates/Certificate, in order. */
  static List<EncodedCertificate> certificationPath(BodyElement body) throws RequestRefused {
    BodyElement path = TransformValues.child(body, "CertificationPathCertificates");
    List<EncodedCertificate> certificates = new ArrayList<>();
    for (BodyElement c : path.children("Certificate")) {
      certificates.add(decode(c, "CertificationPathCertificates/Certificate"));
    }
    if (certificates.isEmpty()) {
      throw TransformValues.invalid("CertificationPathCertificates/Certificate", "present");
    }
    return certificates;
  }

  private static EncodedCertificate decode(BodyElement e, String where) throws RequestRefused {
    byte[] der;
    try {
      der = Base64.getDecoder().decode(withoutXmlWhitespace(e.text()));
    } catch (IllegalArgumentException ex) {
      throw TransformValues.invalid(where, "base64: " + ex.getMessage());
    }
    try {
      return EncodedCertificate.of(der);
    } catch (IllegalArgumentException ex) {
      throw TransformValues.invalid(where, "the DER of an X.509 certificate (" + ex.getMessage() + ")");
    }
  }

  /** DUIS RemotePartyRole to the GBCS role. */
  static RemotePartyRole role(BodyElement parent, String name) throws RequestRefused {
    return role(TransformValues.text(parent, name), parent.localName() + "/" + name);
  }

  static RemotePartyRole role(String duisName, String where) throws RequestRefused {
    return switch (duisName) {
      case "Root" -> RemotePartyRole.ROOT;
      case "Recovery" -> RemotePartyRole.RECOVERY;
      case "Supplier" -> RemotePartyRole.SUPPLIER;
      case "NetworkOperator" -> RemotePartyRole.NETWORK_OPERATOR;
      case "ACB" -> RemotePartyRole.ACCESS_CONTROL_BROKER;
      case "TransCoS" -> RemotePartyRole.TRANSITIONAL_COS;
      case "LoadController" -> RemotePartyRole.LOAD_CONTROLLER;
      default -> throw TransformValues.invalid(where, "a DUIS RemotePartyRole, not '" + duisName + "'");
    };
  }

  /** An optional floorSequenceNumber (0..2^63-1). */
  static OptionalLong floor(BodyElement parent, String name) throws RequestRefused {
    if (parent.child(name).isEmpty()) {
      return OptionalLong.empty();
    }
    long v = TransformValues.integer(parent, name);
    if (v < 0) {
      throw TransformValues.invalid(parent.localName() + "/" + name, "a floor sequence number 0..2^63-1");
    }
    return OptionalLong.of(v);
  }

  static long requiredFloor(BodyElement parent, String name) throws RequestRefused {
    OptionalLong v = floor(parent, name);
    if (v.isEmpty()) {
      throw TransformValues.invalid(parent.localName() + "/" + name, "present");
    }
    return v.getAsLong();
  }

  /**
   * DUIS ApplyTimeBasedCPVChecks to the GBCS component: GBCS wants it only to disapply the checks,
   * so true leaves it out (RTDS: "81 01 01" only where the request says false).
   */
  static Optional<TimeBasedCpvChecks> cpvChecks(BodyElement body) throws RequestRefused {
    return TransformValues.bool(body, "ApplyTimeBasedCPVChecks") ? Optional.empty() : Optional.of(TimeBasedCpvChecks.DISAPPLY);
  }

  /** DUIS CredentialType: "Digital Signature" or "Key Agreement". */
  static CertificateKeyUsage credentialType(BodyElement parent) throws RequestRefused {
    String t = TransformValues.text(parent, "CredentialType");
    return switch (t) {
      case "Digital Signature" -> CertificateKeyUsage.DIGITAL_SIGNATURE;
      case "Key Agreement" -> CertificateKeyUsage.KEY_AGREEMENT;
      default -> throw TransformValues.invalid(parent.localName() + "/CredentialType",
          "Digital Signature or Key Agreement, not '" + t + "'");
    };
  }

  /** xs:hexBinary of exactly {@code length} bytes. */
  static byte[] hexBinary(BodyElement parent, String name, int length) throws RequestRefused {
    return hexBinary(parent, name, length, length);
  }

  /** xs:hexBinary of {@code minLength} to {@code maxLength} bytes. */
  static byte[] hexBinary(BodyElement parent, String name, int minLength, int maxLength) throws RequestRefused {
    String t = TransformValues.text(parent, name);
    String where = parent.localName() + "/" + name;
    if (t.length() % 2 != 0 || t.length() < 2 * minLength || t.length() > 2 * maxLength) {
      throw TransformValues.invalid(where, (minLength == maxLength ? "" + minLength : minLength + " to " + maxLength)
          + " bytes of hexBinary, not " + t.length() + " digits");
    }
    try {
      return HexFormat.of().parseHex(t);
    } catch (IllegalArgumentException e) {
      throw TransformValues.invalid(where, "hexBinary, not '" + t + "'");
    }
  }

  /** A DUIS EUI (a device or party ID, "00-DB-12-34-56-78-90-A0"). */
  static Eui64 eui64(BodyElement parent, String name) throws RequestRefused {
    String t = TransformValues.text(parent, name);
    try {
      return Eui64.parse(t);
    } catch (IllegalArgumentException e) {
      throw TransformValues.invalid(parent.localName() + "/" + name, "an EUI-64, not '" + t + "'");
    }
  }

  private static String withoutXmlWhitespace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
