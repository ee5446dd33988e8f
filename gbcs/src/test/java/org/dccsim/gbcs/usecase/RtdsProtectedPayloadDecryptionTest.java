package org.dccsim.gbcs.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.CompactArray;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.gbcs.security.GbcsSecurityException;
import org.dccsim.gbcs.security.MessageKeyDerivation;
import org.dccsim.gbcs.security.SensitivePayloadCipher;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsFiles.RtdsFile;
import org.dccsim.gbcs.testing.RtdsKeys;
import org.dccsim.gbcs.testing.RtdsKeys.Usage;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.SharedSecretCache;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every sensitive payload of the RTDS (register, prepayment, billing, daily read and profile
 * responses, and the ECS68 alerts) is found by its data protection layout {protection parameters,
 * 31 || ciphertext || tag}, decrypted with the KA private key of the party it is for (the test
 * supplier's, the network operator's) and the device's KA certificate, and decoded as DLMS data to
 * the last byte.
 */
class RtdsProtectedPayloadDecryptionTest {

  private static final Logger LOG = LoggerFactory.getLogger(RtdsProtectedPayloadDecryptionTest.class);
  private static final int DATA_NOTIFICATION = 0x0F;

  /** Sealed payloads found by a byte scan of all 1,275 files: 17 responses and 2 alerts. */
  private static final int PROTECTED_PAYLOADS = 19;

  private final SensitivePayloadCipher cipher = new SensitivePayloadCipher(
      new MessageKeyDerivation(new SharedSecretCache(new EcdhP256(CryptoProvider.BC), 64)));

  record Sealed(DataProtectionParameters parameters, ByteSlice payload) {}

  @Test
  void decryptsEveryProtectedRtdsPayloadForItsRemotePartyAndDecodesTheReadings() throws Exception {
    List<String> failures = new ArrayList<>();
    List<String> decrypted = new ArrayList<>();
    for (RtdsFile f : RtdsFiles.all()) {
      if (!f.isResponse() && !f.isAlert()) {
        continue;
      }
      GeneralSigningApdu apdu = GbcsCodec.decode(f.bytes()).apdu();
      List<Sealed> sealed = new ArrayList<>();
      for (DlmsData d : dlmsData(apdu)) {
        collect(f.useCaseFolder(), d, sealed);
      }
      for (Sealed s : sealed) {
        try {
          DlmsData readings = decrypt(apdu, s);
          decrypted.add(f.name());
          LOG.info("{}: {}", f, describe(f.useCaseFolder(), readings));
        } catch (GbcsSecurityException | GbcsCodecException | AssertionError e) {
          failures.add(f + ": " + e.getMessage());
        }
      }
    }

    assertThat(failures).isEmpty();
    assertThat(decrypted).hasSize(PROTECTED_PAYLOADS);
    assertThat(decrypted).anyMatch(n -> n.startsWith("ECS21b") && n.contains("URP"))
        .anyMatch(n -> n.startsWith("ECS68")).anyMatch(n -> n.startsWith("ECS66"));
  }

  /**
   * The parameters must be those of this message (originator, recipient and counter of the
   * header). The payload is for the recipient, unless the message is for an unknown remote party
   * (URP): then the supplementary remote party and the supplementary originator counter replace
   * recipient and counter, and the device used the KA certificate that came with the command.
   */
  private DlmsData decrypt(GeneralSigningApdu apdu, Sealed s) throws Exception {
    DataProtectionParameters p = s.parameters();
    assertThat(p).as("protection parameters").isEqualTo(
        new DataProtectionParameters(apdu.originatorCounter(), apdu.originator(), apdu.recipient()));
    OtherInformation oi = apdu.header().otherInformation();
    boolean urp = oi.supplementaryOriginatorCounter().isPresent();
    Eui64 party = urp ? oi.supplementaryRemotePartyId().orElseThrow() : p.recipient();
    long counter = urp ? oi.supplementaryOriginatorCounter().getAsLong() : p.counter();
    byte[] plain = cipher.decrypt(s.payload(), p.originator(), counter, party,
        RtdsKeys.requirePrivateKey(party, Usage.KA), RtdsKeys.requirePublicKey(p.originator(), Usage.KA));
    return DlmsCodec.decodeData(ByteSlice.copyOf(plain));
  }

  /** The data of an Access-Response, or the body of a Data-Notification (an alert). */
  private static List<DlmsData> dlmsData(GeneralSigningApdu apdu) throws GbcsCodecException {
    ByteSlice c = apdu.content();
    if (c.length() == 0) {
      return List.of();
    }
    if (c.get(0) == AccessResponse.TAG) {
      return DlmsCodec.decodeAccessResponse(c).data();
    }
    if (c.get(0) == DATA_NOTIFICATION) {
      ByteReader r = ByteReader.of(c);
      r.expect(DATA_NOTIFICATION, "Data-Notification tag 0F");
      r.u32("long-invoke-id-and-priority");
      int dateTime = r.u8("date-time length");
      r.slice(dateTime, "date-time");
      DlmsData body = DlmsCodec.readData(r);
      r.expectEnd("Data-Notification");
      return List.of(body);
    }
    return List.of();
  }

  /**
   * Protection parameters followed by a 31 ... octet string, anywhere in the data: the pair is a
   * structure of its own in responses and the last two fields of an ECS68 alert.
   */
  private static void collect(String useCase, DlmsData d, List<Sealed> out) {
    if (d instanceof Structure s) {
      List<DlmsData> e = s.elements();
      for (int i = 0; i < e.size(); i++) {
        Optional<Sealed> pair = i + 1 < e.size() ? sealed(useCase, e.get(i), e.get(i + 1)) : Optional.empty();
        if (pair.isPresent()) {
          out.add(pair.get());
          i++;
        } else {
          collect(useCase, e.get(i), out);
        }
      }
    } else if (d instanceof DlmsArray a) {
      a.elements().forEach(x -> collect(useCase, x, out));
    }
  }

  private static Optional<Sealed> sealed(String useCase, DlmsData parameters, DlmsData payload) {
    if (parameters instanceof DlmsArray && payload instanceof OctetString o
        && o.value().length() > SensitivePayloadCipher.HEADER_LENGTH
        && o.value().get(0) == SensitivePayloadCipher.SECURITY_CONTROL) {
      return parameters(useCase, parameters).map(p -> new Sealed(p, o.value()));
    }
    return Optional.empty();
  }

  private static Optional<DataProtectionParameters> parameters(String useCase, DlmsData d) {
    try {
      return Optional.of(DataProtectionParameters.fromDlms(useCase, d));
    } catch (UnexpectedPayloadException e) {
      return Optional.empty();
    }
  }

  /**
   * What the readings say, checked on the way: ECS17b's registers read in Wh and varh; a log or
   * profile (compact array) splits into whole entries of its type description, whose first field
   * is the capture time in seconds since 2000.
   */
  private static String describe(String useCase, DlmsData readings) throws Exception {
    if (useCase.equals(ReadInstantaneousImportRegisters.USE_CASE)) {
      ImportRegisterReadings r =
          ReadInstantaneousImportRegisters.decodeReadings(DlmsCodec.encodeData(readings));
      assertThat(r.activeImport().unit()).as("active energy in Wh").isEqualTo(30);
      assertThat(r.reactiveImport().unit()).as("reactive energy in varh").isEqualTo(32);
      return r.toString();
    }
    List<String> logs = new ArrayList<>();
    for (DlmsData field : ((Structure) readings).elements()) {
      if (field instanceof CompactArray c) {
        List<long[]> entries = CompactEntries.read(c);
        assertThat(entries).as("log entries").isNotEmpty();
        logs.add(entries.size() + " entries of " + entries.get(0).length + " fields, captured "
            + captureTime(entries.get(0)[0]) + " .. " + captureTime(entries.get(entries.size() - 1)[0]));
      }
    }
    return logs.isEmpty() ? readings.toString() : String.join("; ", logs);
  }

  private static Instant captureTime(long secondsSince2000) {
    return Instant.parse("2000-01-01T00:00:00Z").plusSeconds(secondsSince2000);
  }

  /**
   * The entries of a compact array of structures of fixed-size integers (and arrays of them, e.g.
   * the 48 TOU registers), each entry flattened to its integers.
   */
  static final class CompactEntries {

    private CompactEntries() {}

    static List<long[]> read(CompactArray c) {
      List<long[]> entries = new ArrayList<>();
      for (DlmsData element : c.elements()) {
        List<Long> values = new ArrayList<>();
        flatten(element, values);
        entries.add(values.stream().mapToLong(Long::longValue).toArray());
      }
      return entries;
    }

    private static void flatten(DlmsData d, List<Long> out) {
      if (d instanceof DlmsData.Structure s) {
        s.elements().forEach(e -> flatten(e, out));
      } else if (d instanceof DlmsData.DlmsArray a) {
        a.elements().forEach(e -> flatten(e, out));
      } else if (d instanceof DlmsData.IntegerValue v) {
        out.add(v.value());
      } else {
        throw new AssertionError("a compact array of integers, not " + d);
      }
    }

  }
}
