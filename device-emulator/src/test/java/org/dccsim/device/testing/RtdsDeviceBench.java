package org.dccsim.device.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dccsim.device.DeviceKeyring;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUplink;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.TrustAnchors;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.inspect.GbcsInspector;
import org.dccsim.gbcs.usecase.MessageType;
import org.dccsim.smki.Credential;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.importer.SmkiImporter;
import org.dccsim.smki.pki.CertificateAuthorities;
import org.dccsim.smki.pki.CertificateIssuer;
import org.dccsim.smki.pki.DerivedDeviceCredentials;
import org.dccsim.smki.pki.DeviceKeyDerivation;
import org.dccsim.testing.ReferenceData;

/**
 * A test bench where emulated devices stand in for the RTDS devices: they have the RTDS devices'
 * EUI-64s and trust anchors for the RTDS organisations (certificates and private keys from
 * ../shared/reference/smki/device-keys), and keys of their own, since the RTDS publishes no device
 * private keys. So an RTDS command reaches our device re-MACed by the ACB for our device's KA key
 * ({@link #forOurDevice}), and our device's response is read with our device's certificates
 * ({@link #inspectOurs}) while the RTDS response is read with the RTDS's ({@link #inspectRtds}):
 * headers, payloads and decrypted plaintexts can then be compared.
 *
 * <p>Each device family's conformance test drives its RTDS folders through this bench.
 */
public final class RtdsDeviceBench {

  public static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  public static final Eui64 NETWORK_OPERATOR = Eui64.parse("90-B3-D5-1F-30-02-00-00");
  public static final Eui64 ACCESS_CONTROL_BROKER = Eui64.parse("90-B3-D5-1F-30-00-00-02");
  public static final Eui64 RECOVERY = Eui64.parse("90-B3-D5-1F-30-00-00-01");
  public static final Eui64 TRANSITIONAL_COS = Eui64.parse("90-B3-D5-1F-30-00-00-04");
  public static final Eui64 WAN_PROVIDER = Eui64.parse("90-B3-D5-1F-30-00-00-07");
  public static final Eui64 LOAD_CONTROLLER = Eui64.parse("90-B3-D5-1F-30-01-00-08");

  public static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");
  public static final Eui64 GSME = Eui64.parse("00-DB-12-34-56-78-90-A1");
  public static final Eui64 CHF = Eui64.parse("00-DB-12-34-56-78-90-A2");
  public static final Eui64 GPF = Eui64.parse("00-DB-12-34-56-78-90-A3");
  public static final Eui64 PPMID = Eui64.parse("00-DB-12-34-56-78-90-A4");
  public static final Eui64 HCALCS = Eui64.parse("00-DB-12-34-56-78-90-A5");
  /** The ESME with auxiliary proportional controller and load control functions. */
  public static final Eui64 APC_ESME = Eui64.parse("00-DB-12-34-56-78-90-A6");

  /** RTDS responses carry this date-time where they carry one: 2015-01-01T00:00 UTC. */
  public static final Instant RTDS_TIME = Instant.parse("2015-01-01T00:00:00Z");

  private static final long DEVICE_EUI_PREFIX = 0x00DB1234_56780000L;

  private final SmkiRepository rtds = new SmkiRepository();
  private final SmkiRepository ours = new SmkiRepository();
  private final DerivedDeviceCredentials ourDevices;
  private final CertificateIssuer issuer;
  private final TrustAnchors anchors;

  private RtdsDeviceBench() {
    Path keys = ReferenceData.require("smki/device-keys");
    new SmkiImporter(rtds).importFrom(keys);
    SmkiImporter orgOnly = new SmkiImporter(ours);
    for (Path file : organisationFiles(keys)) {
      orgOnly.importFrom(file);
    }
    CertificateAuthorities cas = CertificateIssuer.createAuthorities(
        Clock.fixed(RTDS_TIME, ZoneOffset.UTC), new SecureRandom());
    issuer = new CertificateIssuer(cas, Clock.fixed(RTDS_TIME, ZoneOffset.UTC), new SecureRandom());
    ourDevices = new DerivedDeviceCredentials(
        DeviceKeyDerivation.fromMasterSecret("dccsim RTDS device bench".getBytes(StandardCharsets.US_ASCII)),
        issuer,
        eui -> (eui.value() & 0xFFFFFFFF_FFFF0000L) == DEVICE_EUI_PREFIX,
        1024);
    ours.add(cas.deviceCa().certificate());
    ours.deriveDevicesFrom(ourDevices);
    anchors = TrustAnchors.of(
        anchor(RemotePartyRole.SUPPLIER, SUPPLIER),
        anchor(RemotePartyRole.NETWORK_OPERATOR, NETWORK_OPERATOR),
        anchor(RemotePartyRole.ACCESS_CONTROL_BROKER, ACCESS_CONTROL_BROKER),
        anchor(RemotePartyRole.RECOVERY, RECOVERY),
        anchor(RemotePartyRole.TRANSITIONAL_COS, TRANSITIONAL_COS),
        anchor(RemotePartyRole.WAN_PROVIDER, WAN_PROVIDER),
        anchor(RemotePartyRole.LOAD_CONTROLLER, LOAD_CONTROLLER));
  }

  /** A bench; building one reads the RTDS key store and creates a Device CA (about a second). */
  public static RtdsDeviceBench create() {
    return new RtdsDeviceBench();
  }

  /** Trust anchors for every RTDS organisation, by its role. */
  public TrustAnchors anchors() {
    return anchors;
  }

  /** Our devices' private keys, and the certificates our Device CA issued for them. */
  public DeviceKeyring keyring() {
    return new DeviceKeyring() {
      @Override
      public PrivateKey privateKey(Eui64 device, KeyUsage usage) {
        return ourDevices.privateKey(device, usage);
      }

      @Override
      public Optional<SmkiCertificate> certificate(Eui64 device, KeyUsage usage) {
        return ourDevices.credential(device, usage).map(Credential::certificate);
      }
    };
  }

  /** The issuer of our devices' certificates (a test re-issues a device certificate for a new key). */
  public CertificateIssuer deviceCertificateIssuer() {
    return issuer;
  }

  /** Device services on a fixed clock, sending alerts to {@code uplink}. */
  public DeviceServices services(Instant now, DeviceUplink uplink) {
    return DeviceServices.create(Clock.fixed(now, ZoneOffset.UTC), CryptoProvider.BC, keyring()).withUplink(uplink);
  }

  /** Our device's public key for a usage. */
  public PublicKey ourDeviceKey(Eui64 device, KeyUsage usage) {
    return ours.devicePublicKey(device, usage).orElseThrow();
  }

  /** The RTDS device's public key for a usage (to read what the RTDS device encrypted). */
  public PublicKey rtdsDeviceKey(Eui64 device, KeyUsage usage) {
    return rtds.devicePublicKey(device, usage).orElseThrow(
        () -> new AssertionError("no RTDS certificate of " + device + " for " + usage));
  }

  /** Every private key an RTDS organisation has for a usage (a supplier has a prepayment KA key too). */
  public List<PrivateKey> organisationKeys(Eui64 organisation, KeyUsage usage) {
    List<PrivateKey> keys = new ArrayList<>();
    for (SmkiCertificate c : rtds.organisations(organisation, usage)) {
      rtds.privateKey(c).ifPresent(keys::add);
    }
    return keys;
  }

  /** Every public key the RTDS certificates of an organisation hold, of both usages. */
  public List<PublicKey> organisationPublicKeys(Eui64 organisation) {
    List<PublicKey> keys = new ArrayList<>();
    for (KeyUsage usage : KeyUsage.values()) {
      for (SmkiCertificate c : rtds.organisations(organisation, usage)) {
        keys.add(c.publicKey());
      }
    }
    return keys;
  }

  /** An RTDS organisation's private key (the test material publishes them). */
  public PrivateKey organisationKey(Eui64 organisation, KeyUsage usage) {
    List<SmkiCertificate> certs = rtds.organisations(organisation, usage);
    for (SmkiCertificate c : certs) {
      var k = rtds.privateKey(c);
      if (k.isPresent()) {
        return k.get();
      }
    }
    throw new AssertionError("no RTDS private key of " + organisation + " for " + usage);
  }

  /**
   * The RTDS command as our device receives it: a MACed command re-MACed by the ACB for our
   * device's KA key; a bare signed command unchanged.
   */
  public byte[] forOurDevice(byte[] rtdsCommand) {
    try {
      GbcsMessage m = GbcsCodec.decode(rtdsCommand);
      if (!m.isMacProtected()) {
        return rtdsCommand;
      }
      return macForOurDevice(m.apdu());
    } catch (GbcsCodecException e) {
      throw new AssertionError("unreadable RTDS command", e);
    }
  }

  /**
   * A command MACed for our recipient device as the RTDS sender would: by the ACB, or for a
   * HAN-only command (PCS01, PCS02) by our device that originates it.
   */
  public byte[] macForOurDevice(GeneralSigningApdu apdu) {
    DeviceServices s = services(RTDS_TIME, DeviceUplink.NONE);
    boolean han = s.messageCodes().byCode(apdu.messageCode())
        .map(c -> c.type() == MessageType.HAN_COMMAND).orElse(false);
    PrivateKey sender = han
        ? keyring().privateKey(apdu.originator(), KeyUsage.KEY_AGREEMENT)
        : organisationKey(ACCESS_CONTROL_BROKER, KeyUsage.KEY_AGREEMENT);
    return s.mac().wrap(apdu, sender, ourDeviceKey(apdu.recipient(), KeyUsage.KEY_AGREEMENT));
  }

  /** Our device's message, decoded, checked and decrypted with our device's certificates. */
  public ObjectNode inspectOurs(byte[] message) {
    return inspect(new GbcsInspector(ours), message);
  }

  /** An RTDS message, decoded, checked and decrypted with the RTDS certificates. */
  public ObjectNode inspectRtds(byte[] message) {
    return inspect(new GbcsInspector(rtds), message);
  }

  private static ObjectNode inspect(GbcsInspector inspector, byte[] message) {
    try {
      return inspector.inspect(message);
    } catch (GbcsCodecException e) {
      throw new AssertionError("unreadable GBCS message: " + e.getMessage(), e);
    }
  }

  private TrustAnchor anchor(RemotePartyRole role, Eui64 party) {
    PublicKey ds = firstKey(party, role, KeyUsage.DIGITAL_SIGNATURE);
    PublicKey ka = firstKey(party, role, KeyUsage.KEY_AGREEMENT);
    return new TrustAnchor(role, party, ds, ka);
  }

  private PublicKey firstKey(Eui64 party, RemotePartyRole role, KeyUsage usage) {
    List<SmkiCertificate> certs = rtds.organisations(party, role, usage);
    if (certs.isEmpty()) {
      certs = rtds.organisations(party, usage);
    }
    return certs.isEmpty() ? null : certs.get(0).publicKey();
  }

  /** The key store's organisation files: those of EUI-64s 90-B3-… and 70-B3-…. */
  private static List<Path> organisationFiles(Path dir) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith("90b3") || name.startsWith("70b3");
      }).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
