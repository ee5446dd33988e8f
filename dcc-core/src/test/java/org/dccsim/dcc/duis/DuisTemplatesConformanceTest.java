package org.dccsim.dcc.duis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dccsim.dcc.xmldsig.JdkXmlDsig;
import org.dccsim.dcc.xmldsig.OrgKeyRing;
import org.dccsim.dcc.xmldsig.SignatureEvidence;
import org.dccsim.dcc.xmldsig.XmlSignatureCheck;
import org.dccsim.dcc.xmldsig.XmlSignatureVerifier;
import org.dccsim.dcc.xmldsig.XmlSigner;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every DUIS template of duis-templates (297 files, all 129 SRVs) against our reader and signer. */
class DuisTemplatesConformanceTest {

  private static final String USER_XML_SIGN = "xml-sign-90B3D51F30010000-ds";

  private static List<Path> templates;
  private static OrgKeyRing keys;
  private final DuisRequestReader reader = new DuisRequestReader();
  private final EcdsaP256 ecdsa = new EcdsaP256(CryptoProvider.BC);

  @BeforeAll
  static void loadTemplates() throws IOException {
    try (Stream<Path> files = Files.list(ReferenceData.require("duis/templates"))) {
      templates = files.filter(p -> p.toString().endsWith(".XML")).sorted().toList();
    }
    keys = OrgKeyRing.load();
  }

  @Test
  void readsEveryTemplateWithoutError() {
    Map<Integer, Integer> byCommandVariant = new TreeMap<>();
    int signedPreCommands = 0;
    int serviceRequests = 0;
    int maxDepth = 0;
    for (Path t : templates) {
      DuisRequest request = reader.read(bytes(t));
      byCommandVariant.merge(request.header().commandVariant(), 1, Integer::sum);
      if (request.body() instanceof SignedPreCommand) {
        signedPreCommands++;
      } else {
        serviceRequests++;
        maxDepth = Math.max(maxDepth, 3 + depth((BodyElement) request.body()));
      }
      assertThat(request.schemaVersion()).isEqualTo("5.4");
      assertThat(request.signature().isSigned()).as(t.toString()).isTrue();
    }
    System.out.printf(
        "templates: %d read, %d SRV bodies, %d SignedPreCommand; CV %s; deepest SRV element at"
            + " depth %d%n",
        templates.size(), serviceRequests, signedPreCommands, byCommandVariant, maxDepth);
    assertThat(templates).hasSize(297);
    assertThat(serviceRequests + signedPreCommands).isEqualTo(297);
    assertThat(byCommandVariant).isEqualTo(Map.of(1, 170, 2, 1, 4, 110, 8, 16));
  }

  @Test
  void everyTemplateWeSignVerifiesWithTheJdkAndWithUs() throws Exception {
    DuisRequestSigner signer =
        new DuisRequestSigner(
            new XmlSigner(ecdsa, keys.privateKey(USER_XML_SIGN), keys.cited(USER_XML_SIGN)));
    XmlSignatureVerifier verifier = new XmlSignatureVerifier(keys, ecdsa);
    var publicKey = keys.certificate(USER_XML_SIGN).getPublicKey();
    List<String> failures = new ArrayList<>();
    for (Path t : templates) {
      byte[] signed = signer.signWithCounter(bytes(t), 1_700_000_000_000L);
      XmlSignatureCheck ours = verifier.verify(reader.read(signed).signature());
      if (!ours.isValid() || !JdkXmlDsig.verify(signed, publicKey)) {
        failures.add(t.getFileName() + ": ours " + ours);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void ourDigestOfEveryTemplateEqualsTheJdksAndEveryTemplateTheJdkSignsVerifiesWithUs()
      throws Exception {
    XmlSignatureVerifier verifier = new XmlSignatureVerifier(keys, ecdsa);
    PrivateKey key = keys.privateKey(USER_XML_SIGN);
    List<String> digestMismatches = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Path t : templates) {
      byte[] template = bytes(t);
      byte[] ourDigestOfTemplate = reader.read(template).signature().documentDigest();
      SignatureEvidence jdkSigned =
          reader.read(JdkXmlDsig.sign(template, key, keys.cited(USER_XML_SIGN))).signature();
      // the JDK removed the placeholder signature and digested the rest: the same content
      if (!Arrays.equals(ourDigestOfTemplate, jdkSigned.signature().digestValue())) {
        digestMismatches.add(t.getFileName().toString());
      }
      XmlSignatureCheck check = verifier.verify(jdkSigned);
      if (!check.isValid()) {
        failures.add(t.getFileName() + ": " + check);
      }
    }
    assertThat(digestMismatches).isEmpty();
    assertThat(failures).isEmpty();
  }

  private static int depth(BodyElement e) {
    int d = 0;
    for (BodyElement c : e.children()) {
      d = Math.max(d, depth(c));
    }
    return d + 1;
  }

  static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
