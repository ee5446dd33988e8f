package org.dccsim.app.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.pki.SmkiStore;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentitiesTest {

  private static final BigInteger DSP_25_11 = new BigInteger("20315062944123339095836004026371736578");
  private static final BigInteger DSP_1_4_1 = new BigInteger("167048897159233642262001557408276884033");

  @Test
  void theEmbeddedDefaultIssuesDemoUsersWithTheTemplateUserIds(@TempDir Path dir) {
    Identities ids = Identities.embeddedDefault(SmkiStore.open(dir, Clock.systemUTC(), new SecureRandom()), Optional.empty());
    assertThat(ids.users()).extracting(UserIdentity::id).containsExactly(
        Eui64.parse("90-B3-D5-1F-30-01-00-00"), Eui64.parse("90-B3-D5-1F-30-03-00-00"),
        Eui64.parse("90-B3-D5-1F-30-02-00-00"), Eui64.parse("00-DB-12-34-56-78-00-04"));
    UserIdentity supplier = ids.users().get(0);
    assertThat(supplier.roles()).contains(UserRole.IS, UserRole.GS);
    assertThat(supplier.xmlSigning().role()).contains(RemotePartyRole.XML_SIGN);
    assertThat(supplier.gbcsSigning().role()).contains(RemotePartyRole.SUPPLIER);
    assertThat(ids.dcc().citedDspCertificate().role()).contains(RemotePartyRole.DSP_XML_SIGN);
  }

  @Test
  void dccBoxedMaterialGivesItsUsersAndTheNewestDspCertificateByDefault(@TempDir Path dir) {
    Identities ids = imported(dir, Optional.empty());
    assertThat(ids.users()).extracting(UserIdentity::id).containsExactlyInAnyOrder(
        Eui64.parse("90-B3-D5-1F-30-01-00-00"), Eui64.parse("90-B3-D5-1F-30-02-00-00"),
        Eui64.parse("00-DB-12-34-56-78-00-04"));
    UserIdentity supplier = ids.user(Eui64.parse("90-B3-D5-1F-30-01-00-00")).orElseThrow();
    assertThat(supplier.name()).isEqualTo("GITTESTSUPPLIER");
    assertThat(supplier.gbcsSigning().serial()).isEqualTo(new BigInteger("105986833131214866166891566273223584671"));
    assertThat(ids.dcc().citedDspCertificate().serial()).isEqualTo(DSP_25_11);
  }

  @Test
  void theCitedDspCertificateIsConfigurableAndMustExist(@TempDir Path dir) {
    Identities ids = imported(dir, Optional.of(DSP_1_4_1));
    assertThat(ids.dcc().citedDspCertificate().serial()).isEqualTo(DSP_1_4_1);
    assertThat(ids.dcc().dspXmlSigning().certificate().publicKey())
        .isEqualTo(ids.dcc().citedDspCertificate().publicKey());
    assertThatThrownBy(() -> imported(dir.resolve("other"), Optional.of(BigInteger.TEN)))
        .hasMessageContaining("serial 10");
  }

  private static Identities imported(Path dir, Optional<BigInteger> cited) {
    return Identities.imported(SmkiStore.open(dir, Clock.systemUTC(), new SecureRandom()),
        List.of(ReferenceData.require("smki/org-keys"), ReferenceData.require("smki/dccboxed-keystore")), cited);
  }
}
