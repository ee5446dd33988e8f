package org.dccsim.dcc.signature;

import java.util.Optional;
import org.dccsim.dcc.xmldsig.Signer;
import org.dccsim.dcc.xmldsig.SignerResolver;
import org.dccsim.dcc.xmldsig.X509IssuerSerial;
import org.dccsim.smki.CertificateValidity;
import org.dccsim.smki.CertificateValidityChecker;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the certificate a DUIS signature cites in the SMKI repository, subject to the validity
 * policy: under the default policy an expired certificate (all of the public ZAZ1 set) still
 * resolves; under enforcement it does not, and the request's signer is then unknown.
 */
public final class SmkiSignerResolver implements SignerResolver {

  private static final Logger log = LoggerFactory.getLogger(SmkiSignerResolver.class);

  private final SmkiRepository repository;
  private final CertificateValidityChecker validity;

  public SmkiSignerResolver(SmkiRepository repository, CertificateValidityChecker validity) {
    this.repository = repository;
    this.validity = validity;
  }

  @Override
  public Optional<Signer> resolve(X509IssuerSerial cited) {
    Optional<SmkiCertificate> found;
    try {
      found = repository.byIssuerNameAndSerial(cited.issuerName(), cited.serialNumber());
    } catch (RuntimeException badIssuerName) {
      return Optional.empty();
    }
    if (found.isEmpty() || found.get().subjectEui().isEmpty() || found.get().role().isEmpty()) {
      return Optional.empty();
    }
    SmkiCertificate c = found.get();
    CertificateValidity v = validity.check(c);
    if (!v.accepted()) {
      log.info("signing certificate {} refused: {}", cited, v.describe());
      return Optional.empty();
    }
    return Optional.of(new Signer(c.subjectEui().get(), c.role().get().code(), c.publicKey()));
  }
}
