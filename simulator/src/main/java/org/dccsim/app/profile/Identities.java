package org.dccsim.app.profile;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.dccsim.smki.Credential;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.smki.importer.ImportReport;
import org.dccsim.smki.importer.SmkiImporter;
import org.dccsim.smki.pki.SmkiStore;

/**
 * Who takes part: the DCC's identity and the Users, in one of two profiles.
 *
 * <ul>
 *   <li><b>Embedded default</b>: dccsim issues everything from its own test PKI in the data
 *       directory: demo Users with the User IDs of DCC Boxed's test parties (so that the public
 *       DUIS templates run unchanged) and the DCC's keys.
 *   <li><b>Imported</b> ({@code --smki-import DIR}): the Users are the organisations with an
 *       imported XML-signing certificate and key material (DCC Boxed's ZAZ1 set), and the DCC signs
 *       with the imported DSP key. What the import lacks (a User's key agreement key, the ACB's)
 *       is issued by dccsim's own PKI and said so in the log.
 * </ul>
 */
public final class Identities {

  /** A demo User of the embedded default. */
  record DemoUser(Eui64 id, String name, RemotePartyRole gbcsRole) {}

  static final List<DemoUser> DEMO_USERS = List.of(
      new DemoUser(Eui64.parse("90-B3-D5-1F-30-01-00-00"), "Demo Supplier", RemotePartyRole.SUPPLIER),
      new DemoUser(Eui64.parse("90-B3-D5-1F-30-03-00-00"), "Demo Supplier 2", RemotePartyRole.SUPPLIER),
      new DemoUser(Eui64.parse("90-B3-D5-1F-30-02-00-00"), "Demo Network Operator", RemotePartyRole.NETWORK_OPERATOR),
      new DemoUser(Eui64.parse("00-DB-12-34-56-78-00-04"), "Demo Other User", RemotePartyRole.OTHER));

  private static final Eui64 DCC = Eui64.DCC_ACCESS_CONTROL_BROKER;

  private final DccIdentity dcc;
  private final List<UserIdentity> users;
  private final List<ImportReport> imports;
  private final List<String> notes;

  private Identities(DccIdentity dcc, List<UserIdentity> users, List<ImportReport> imports, List<String> notes) {
    this.dcc = dcc;
    this.users = List.copyOf(users);
    this.imports = List.copyOf(imports);
    this.notes = List.copyOf(notes);
  }

  /** The embedded default: demo Users and DCC keys from the store's own PKI. */
  public static Identities embeddedDefault(SmkiStore store, Optional<BigInteger> citedDspSerial) {
    List<UserIdentity> users = new ArrayList<>();
    for (DemoUser d : DEMO_USERS) {
      users.add(new UserIdentity(d.id(), d.name(), UserRoles.forGbcsRole(d.gbcsRole()), d.gbcsRole(),
          store.organisation(d.id(), RemotePartyRole.XML_SIGN, KeyUsage.DIGITAL_SIGNATURE, d.name()).certificate(),
          store.organisation(d.id(), d.gbcsRole(), KeyUsage.DIGITAL_SIGNATURE, d.name()).certificate(),
          store.organisation(d.id(), d.gbcsRole(), KeyUsage.KEY_AGREEMENT, d.name()).certificate()));
    }
    List<String> notes = new ArrayList<>();
    return new Identities(dccIdentity(store, citedDspSerial, notes), users, List.of(), notes);
  }

  /** DCC Boxed's material imported from each directory, completed from the store where needed. */
  public static Identities imported(SmkiStore store, List<Path> importDirs, Optional<BigInteger> citedDspSerial) {
    SmkiRepository repo = store.repository();
    List<ImportReport> reports = new ArrayList<>();
    for (Path dir : importDirs) {
      reports.add(new SmkiImporter(repo).importFrom(dir));
    }
    List<String> notes = new ArrayList<>();
    TreeMap<Eui64, SmkiCertificate> xmlSigners = new TreeMap<>();
    for (SmkiCertificate c : repo.all()) {
      if (c.role().filter(RemotePartyRole.XML_SIGN::equals).isPresent() && repo.privateKey(c).isPresent()) {
        xmlSigners.merge(c.subjectEui().orElseThrow(), c, (a, b) -> SmkiRepository.PREFERENCE.compare(a, b) <= 0 ? a : b);
      }
    }
    List<UserIdentity> users = new ArrayList<>();
    for (var e : xmlSigners.entrySet()) {
      Eui64 id = e.getKey();
      Optional<SmkiCertificate> gbcsDs = gbcsSigningCertificate(repo, id);
      if (gbcsDs.isEmpty()) {
        notes.add("User " + id + " has an XML-signing key but no GBCS signing certificate: it can send non-critical requests only");
      }
      RemotePartyRole role = gbcsDs.flatMap(SmkiCertificate::role).orElse(RemotePartyRole.OTHER);
      String name = gbcsDs.flatMap(SmkiCertificate::commonName).orElse(e.getValue().commonName().orElse(id.toString()));
      SmkiCertificate ka = repo.organisation(id, role, KeyUsage.KEY_AGREEMENT).orElseGet(() -> {
        notes.add("User " + id + " has no key agreement certificate in the import; dccsim issued one ("
            + store.directory().resolve("organisations") + "); import DCC Boxed's keystore.json to use the User's own");
        return store.organisation(id, role, KeyUsage.KEY_AGREEMENT, name).certificate();
      });
      users.add(new UserIdentity(id, name, UserRoles.forGbcsRole(role), role, e.getValue(),
          gbcsDs.orElse(null), ka));
    }
    return new Identities(dccIdentity(store, citedDspSerial, notes), users, reports, notes);
  }

  public DccIdentity dcc() {
    return dcc;
  }

  public List<UserIdentity> users() {
    return users;
  }

  public Optional<UserIdentity> user(Eui64 id) {
    return users.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  public List<ImportReport> importReports() {
    return imports;
  }

  /** What was completed or is missing, for the start banner. */
  public List<String> notes() {
    return notes;
  }

  private static Optional<SmkiCertificate> gbcsSigningCertificate(SmkiRepository repo, Eui64 id) {
    for (RemotePartyRole role : List.of(RemotePartyRole.SUPPLIER, RemotePartyRole.NETWORK_OPERATOR,
        RemotePartyRole.LOAD_CONTROLLER, RemotePartyRole.OTHER)) {
      Optional<SmkiCertificate> c = repo.organisation(id, role, KeyUsage.DIGITAL_SIGNATURE);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  /**
   * The DSP signing key is any DSP XML-signing certificate of the ACB with its key; the cited
   * certificate is the one with the given serial, else the newest (DCC Boxed 25.11 cites its
   * 2025 certificate; the older ones share its key).
   */
  private static DccIdentity dccIdentity(SmkiStore store, Optional<BigInteger> citedSerial, List<String> notes) {
    SmkiRepository repo = store.repository();
    List<Credential> dsp = repo.organisations(DCC, RemotePartyRole.DSP_XML_SIGN, KeyUsage.DIGITAL_SIGNATURE).stream()
        .flatMap(c -> repo.credential(c).stream())
        .sorted(Comparator.comparing((Credential c) -> c.certificate().notBefore()).reversed())
        .toList();
    Credential signing = dsp.isEmpty()
        ? store.organisation(DCC, RemotePartyRole.DSP_XML_SIGN, KeyUsage.DIGITAL_SIGNATURE, "dccsim DSP")
        : dsp.get(0);
    SmkiCertificate cited = signing.certificate();
    if (citedSerial.isPresent()) {
      cited = repo.organisations(DCC, RemotePartyRole.DSP_XML_SIGN, KeyUsage.DIGITAL_SIGNATURE).stream()
          .filter(c -> c.serial().equals(citedSerial.get()))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "no DSP XML-signing certificate of " + DCC + " has serial " + citedSerial.get()));
      SmkiCertificate c = cited;
      signing = dsp.stream().filter(k -> k.certificate().publicKey().equals(c.publicKey())).findFirst()
          .map(k -> new Credential(c, k.privateKey()))
          .orElseThrow(() -> new IllegalArgumentException("no private key for DSP certificate " + c.serial()));
    }
    Credential acbKa = repo.organisation(DCC, RemotePartyRole.ACCESS_CONTROL_BROKER, KeyUsage.KEY_AGREEMENT)
        .flatMap(repo::credential)
        .orElseGet(() -> store.organisation(DCC, RemotePartyRole.ACCESS_CONTROL_BROKER, KeyUsage.KEY_AGREEMENT, "dccsim ACB"));
    return new DccIdentity(signing, cited, acbKa);
  }
}
