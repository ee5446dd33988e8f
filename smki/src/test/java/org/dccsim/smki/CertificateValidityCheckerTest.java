package org.dccsim.smki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class CertificateValidityCheckerTest {

  private static final Path ORG_KEYS = ReferenceData.require("smki/org-keys");
  private static final Clock TODAY = at("2026-11-28T12:00:00Z");

  @Test
  void theZ1CertificatesAreExpiredOnTheDayOfTheResearch() throws IOException {
    SmkiCertificate z1 = cert("Z1-supplier-ds.pem");

    CertificateValidity v =
        new CertificateValidityChecker(TODAY, CertificateValidityPolicy.ENFORCE).check(z1);

    assertThat(v.status()).isEqualTo(CertificateValidity.Status.EXPIRED);
    assertThat(v.isValid()).isFalse();
    assertThat(v.accepted()).isFalse();
    assertThat(v.notAfter()).isEqualTo(Instant.parse("2025-10-29T23:59:59Z"));
    assertThat(v.checkedAt()).isEqualTo(TODAY.instant());
    assertThat(v.describe())
        .isEqualTo("expired at 2025-10-29T23:59:59Z (checked at 2026-11-28T12:00:00Z)");
  }

  @Test
  void enforceRejectsAnExpiredCertificateWithTheDates() throws IOException {
    SmkiCertificate z1b = cert("Z1b-networkOperator-ds.pem");
    CertificateValidityChecker enforce =
        new CertificateValidityChecker(TODAY, CertificateValidityPolicy.ENFORCE);

    assertThatThrownBy(() -> enforce.requireAccepted(z1b))
        .isInstanceOf(CertificateNotValidException.class)
        .hasMessageContaining("expired at 2026-01-09T23:59:59Z")
        .satisfies(
            e -> assertThat(((CertificateNotValidException) e).certificate()).isEqualTo(z1b));
  }

  @Test
  void theDefaultPolicyAcceptsExpiredCertificatesButReportsThem() throws IOException {
    SmkiCertificate z1 = cert("Z1-supplier-ds.pem");
    CertificateValidityChecker lenient = new CertificateValidityChecker(TODAY);

    CertificateValidity v = lenient.requireAccepted(z1);

    assertThat(lenient.policy()).isEqualTo(CertificateValidityPolicy.REPORT_ONLY);
    assertThat(v.accepted()).isTrue();
    assertThat(v.status()).isEqualTo(CertificateValidity.Status.EXPIRED);
  }

  @Test
  void xmlSigningCertificatesAreValidUntil2118() throws IOException {
    SmkiCertificate xmlSign = cert("xml-sign-90B3D51F30010000-ds.pem");

    CertificateValidity v =
        new CertificateValidityChecker(TODAY, CertificateValidityPolicy.ENFORCE).check(xmlSign);

    assertThat(v.status()).isEqualTo(CertificateValidity.Status.VALID);
    assertThat(v.accepted()).isTrue();
  }

  @Test
  void boundariesAreInclusiveAndBeforeNotBeforeIsNotYetValid() throws IOException {
    SmkiCertificate z1 = cert("Z1-supplier-ds.pem");

    assertThat(check(z1, "2015-10-30T00:00:00Z")).isEqualTo(CertificateValidity.Status.VALID);
    assertThat(check(z1, "2025-10-29T23:59:59Z")).isEqualTo(CertificateValidity.Status.VALID);
    assertThat(check(z1, "2015-10-29T23:59:59Z"))
        .isEqualTo(CertificateValidity.Status.NOT_YET_VALID);
    assertThat(check(z1, "2025-10-30T00:00:00Z")).isEqualTo(CertificateValidity.Status.EXPIRED);
    assertThat(
            new CertificateValidityChecker(
                    at("2010-01-01T00:00:00Z"), CertificateValidityPolicy.ENFORCE)
                .check(z1)
                .describe())
        .isEqualTo("not valid before 2015-10-30T00:00:00Z (checked at 2010-01-01T00:00:00Z)");
  }

  private static CertificateValidity.Status check(SmkiCertificate c, String instant) {
    return new CertificateValidityChecker(at(instant), CertificateValidityPolicy.ENFORCE)
        .check(c)
        .status();
  }

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  private static SmkiCertificate cert(String file) throws IOException {
    return SmkiCertificate.parse(Files.readAllBytes(ORG_KEYS.resolve(file)));
  }
}
