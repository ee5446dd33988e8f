package org.dccsim.app.client;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.dccsim.dcc.signature.SmkiSignerResolver;
import org.dccsim.dcc.xmldsig.X509IssuerSerial;
import org.dccsim.dcc.xmldsig.XmlSignatureVerifier;
import org.dccsim.dcc.xmldsig.XmlSigner;
import org.dccsim.smki.CertificateValidityChecker;
import org.dccsim.smki.CertificateValidityPolicy;
import org.dccsim.smki.Credential;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.smki.importer.SmkiImporter;

/**
 * The keys a User-side tool holds, read from folders in any layout the importer knows: dccsim's
 * data directory, DCC Boxed's test material, an org-crypto bundle. Keys pair with certificates by
 * public key, so file names do not matter.
 */
public final class ClientKeys {

  private static final List<RemotePartyRole> GBCS_SIGNING_ROLES = List.of(
      RemotePartyRole.SUPPLIER, RemotePartyRole.NETWORK_OPERATOR, RemotePartyRole.LOAD_CONTROLLER, RemotePartyRole.OTHER);

  private final SmkiRepository repository = new SmkiRepository();
  private final EcdsaP256 ecdsa = new EcdsaP256(CryptoProvider.BC);
  private final List<Path> folders;

  public ClientKeys(List<Path> folders) {
    this.folders = List.copyOf(folders);
    reload();
  }

  /** Reads the folders again: a long-running tool picks up certificates issued since it started. */
  public synchronized void reload() {
    for (Path f : folders) {
      new SmkiImporter(repository).importFrom(f);
    }
  }

  public SmkiRepository repository() {
    return repository;
  }

  /** The User's DUIS XML signer (its role 0x87 certificate and key). */
  public Optional<XmlSigner> xmlSigner(Eui64 user) {
    return credential(user, RemotePartyRole.XML_SIGN).map(c -> new XmlSigner(ecdsa, c.privateKey(),
        new X509IssuerSerial(c.certificate().issuer().getName(X500Principal.RFC2253), c.certificate().serial())));
  }

  /** The User's GBCS signing credential (supplier, network operator, ...), for Pre-Commands. */
  public Optional<Credential> gbcsSigning(Eui64 user) {
    for (RemotePartyRole role : GBCS_SIGNING_ROLES) {
      Optional<Credential> c = credential(user, role);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  /**
   * Checks DUIS signatures against the certificates held; expiry is reported, not enforced. A
   * signer not found is looked for once more after reloading the folders.
   */
  public XmlSignatureVerifier verifier() {
    SmkiSignerResolver resolver = new SmkiSignerResolver(repository,
        new CertificateValidityChecker(java.time.Clock.systemUTC(), CertificateValidityPolicy.REPORT_ONLY));
    return new XmlSignatureVerifier(cited -> resolver.resolve(cited).or(() -> {
      reload();
      return resolver.resolve(cited);
    }), ecdsa);
  }

  public EcdsaP256 ecdsa() {
    return ecdsa;
  }

  private Optional<Credential> credential(Eui64 eui, RemotePartyRole role) {
    return repository.organisations(eui, role, KeyUsage.DIGITAL_SIGNATURE).stream()
        .flatMap(c -> repository.credential(c).stream())
        .findFirst();
  }
}
