package org.dccsim.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dccsim.device.esme.Esme;
import org.dccsim.gbcs.security.Utrn;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.smki.crypto.EcdhP256;
import org.junit.jupiter.api.Test;

/** The MAC key of a UTRN: the supplier's prepayment top-up key where its anchor has one. */
class UtrnAcceptanceTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Eui64 METER = Eui64.parse("00-DB-12-34-56-78-90-A0");
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final EcdhP256 ECDH = new EcdhP256(CryptoProvider.BC);

  private final KeyPair meterKa = EcKeys.generate(RANDOM);
  private final KeyPair supplierKa = EcKeys.generate(RANDOM);
  private final KeyPair supplierPrepayment = EcKeys.generate(RANDOM);
  private final DeviceServices services = DeviceServices.create(
      Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC), CryptoProvider.BC,
      (eui, usage) -> meterKa.getPrivate());

  @Test
  void withAPrepaymentKeyOnlyAUtrnMacedWithItIsAccepted() {
    Esme meter = meter(supplierPrepayment);

    var withKa = UtrnAcceptance.check(meter, mint(supplierKa, 3), 0, services);
    var withPrepayment = UtrnAcceptance.check(meter, mint(supplierPrepayment, 3), 0, services);

    assertThat(withKa.verdict()).isEqualTo(UtrnAcceptance.Verdict.INVALID);
    assertThat(withPrepayment.verdict()).isEqualTo(UtrnAcceptance.Verdict.ACCEPTED);
    assertThat(withPrepayment.counter()).isEqualTo(3);
  }

  @Test
  void withoutAPrepaymentKeyTheSuppliersKeyAgreementKeyStandsForIt() {
    var result = UtrnAcceptance.check(meter(null), mint(supplierKa, 3), 0, services);

    assertThat(result.verdict()).isEqualTo(UtrnAcceptance.Verdict.ACCEPTED);
  }

  @Test
  void theLastCountersUtrnIsADuplicateAndUnreadableDigitsAreInvalid() {
    Esme meter = meter(null);

    assertThat(UtrnAcceptance.check(meter, mint(supplierKa, 3), 3, services).verdict())
        .isEqualTo(UtrnAcceptance.Verdict.DUPLICATE);
    assertThat(UtrnAcceptance.check(meter, Utrn.ascii("12345678901234567890"), 0, services).verdict())
        .isEqualTo(UtrnAcceptance.Verdict.INVALID);
  }

  private Esme meter(KeyPair prepayment) {
    return new Esme(METER, TrustAnchors.of(new TrustAnchor(RemotePartyRole.SUPPLIER, SUPPLIER, null,
        supplierKa.getPublic(), prepayment == null ? null : prepayment.getPublic())));
  }

  private org.dccsim.gbcs.frame.ByteSlice mint(KeyPair supplierKey, long upperCounter) {
    byte[] z = ECDH.sharedSecret(supplierKey.getPrivate(), meterKa.getPublic());
    return Utrn.ascii(Utrn.mint(Utrn.ValueClass.POUNDS, 10, upperCounter << 32, SUPPLIER, METER, z));
  }
}
