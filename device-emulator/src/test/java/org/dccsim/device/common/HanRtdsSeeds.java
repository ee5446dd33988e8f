package org.dccsim.device.common;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.chf.CommsHub;
import org.dccsim.device.chf.HanDeviceLog;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.asn1.ActivateFirmware;
import org.dccsim.gbcs.asn1.CellUsage;
import org.dccsim.gbcs.asn1.CertificateKeyUsage;
import org.dccsim.gbcs.asn1.DerPayload;
import org.dccsim.gbcs.asn1.DerPayloadCodec;
import org.dccsim.gbcs.asn1.DeviceLogEntry;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
import org.dccsim.gbcs.asn1.IssueSecurityCredentials;
import org.dccsim.gbcs.asn1.JoinDevice;
import org.dccsim.gbcs.asn1.KeyIdentifier;
import org.dccsim.gbcs.asn1.PpmidHcalcsFirmware;
import org.dccsim.gbcs.asn1.ProvideDeviceCertificate;
import org.dccsim.gbcs.asn1.ProvideSecurityCredentialDetails;
import org.dccsim.gbcs.asn1.ProvideSecurityCredentialDetails.RemotePartyDetails;
import org.dccsim.gbcs.asn1.ProvideSecurityCredentialDetails.TrustAnchorCellContents;
import org.dccsim.gbcs.asn1.ReadDeviceJoinDetails;
import org.dccsim.gbcs.asn1.ReadOutcome;
import org.dccsim.gbcs.asn1.TrustAnchorCellIdentifier;
import org.dccsim.gbcs.asn1.TrustAnchorStatus;
import org.dccsim.gbcs.asn1.UnjoinDevice;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.ReplacementOutcome;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.AccessSpecKind;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * The state each judged RTDS scenario needs, seeded through the devices' own API from what the
 * RTDS command and response show (read at test time), and the faults its ERROR scenarios need.
 */
final class HanRtdsSeeds {

  private HanRtdsSeeds() {}

  static void seed(String folder, String scenario, EmulatedDevice device, byte[] command, byte[] rtdsResponse,
      Optional<byte[]> rtdsAlert, RtdsDeviceBench bench, DeviceServices services) {
    GeneralSigningApdu request = apdu(command);
    if (rtdsAlert.isPresent()) {
      seedFromAlert(device, request, apdu(rtdsAlert.get()), bench);
    }
    GeneralSigningApdu response = apdu(rtdsResponse);
    if (device instanceof CommsHub hub && response.content().length() > 0
        && response.content().get(0) == AccessResponse.TAG) {
      seedHub(folder, hub, accessRequest(request), accessResponse(response));
      return;
    }
    if (!DerPayloadCodec.carriesDer(request.messageCode())) {
      return;
    }
    DerPayload asked = der(request);
    DerPayload answered = der(response);
    if (answered instanceof PpmidHcalcsFirmware.ReadResponse r) {
      if (r.code() == ReadOutcome.SUCCESS) {
        DeviceFirmware.setVersion(device, r.firmwareVersion().toByteArray());
      } else {
        CommonFaults.failUseCase(device, request.messageCode(), 1);
      }
    } else if (answered instanceof ReadDeviceJoinDetails.Response r) {
      if (r.code() == ReadOutcome.SUCCESS) {
        for (DeviceLogEntry e : r.entries().orElse(List.of())) {
          DeviceJoins.join(device, e.deviceId(), e.deviceType());
        }
      } else {
        CommonFaults.failUseCase(device, request.messageCode(), 1);
      }
    } else if (answered instanceof UnjoinDevice.Response r) {
      if (r.code() == UnjoinDevice.ResponseCode.SUCCESS) {
        Eui64 other = ((UnjoinDevice.Command) asked).otherDeviceId();
        // a method B unjoin removes the GSME's GPF, whatever EUI-64 the RTDS gives it
        DeviceJoins.join(device, other,
            request.messageCode() == UnjoinDeviceUseCase.CS04B ? GbcsDeviceType.GPF : typeOf(other));
      }
    } else if (answered instanceof JoinDevice.Response r) {
      JoinDevice.Command join = (JoinDevice.Command) asked;
      if (r.code() == JoinDevice.ResponseCode.INCOMPATIBLE_WITH_EXISTING_ENTRY) {
        GbcsDeviceType other = join.otherDeviceType() == GbcsDeviceType.PPMID ? GbcsDeviceType.HCALCS
            : GbcsDeviceType.PPMID;
        DeviceJoins.join(device, join.otherDeviceId(), other);
      }
    } else if (answered instanceof ActivateFirmware.Response r) {
      r.outcome().ifPresent(o -> seedActivation(device, (ActivateFirmware.Command) asked, o));
    } else if (answered instanceof IssueSecurityCredentials.Response r) {
      r.failure().ifPresent(f -> CommonFaults.failUseCase(device, request.messageCode(), f.code()));
    } else if (answered instanceof ProvideDeviceCertificate.Response r) {
      r.failure().ifPresent(f -> CommonFaults.failUseCase(device, request.messageCode(), f.code()));
      r.certificate().ifPresent(c -> OwnCertificates.pinCertificate(device,
          ((ProvideDeviceCertificate.Command) asked).keyUsage().smkiUsage().orElseThrow(), c));
    } else if (answered instanceof ProvideSecurityCredentialDetails.Response r) {
      RemotePartyRole sender = senderRole(device, request);
      for (RemotePartyDetails d : r.details()) {
        if (d.status() != TrustAnchorStatus.SUCCESS) {
          CommonFaults.failRole(device, d.role(), d.status());
          continue;
        }
        if (d.role() != sender) {
          d.currentSeqNumber().ifPresent(n -> device.setLastCounter(d.role(), n));
        }
        for (TrustAnchorCellContents c : d.cells().orElse(List.of())) {
          placeKey(device, bench, d.role(), c.keyUsage(), c.cellUsage(), c.subjectUniqueId(), c.subjectKeyIdentifier());
        }
        dropCellsNotShown(device, d);
      }
    } else if (answered instanceof UpdateSecurityCredentials.Response r) {
      r.outcome().ifPresent(o -> seedReplacements(device, bench, o.replacementOutcomes()));
    }
  }

  /**
   * A future-dated scenario: its outcome shows in the RTDS alert, not the response; the alert's
   * counter follows the device's last one.
   */
  private static void seedFromAlert(EmulatedDevice device, GeneralSigningApdu request, GeneralSigningApdu alert,
      RtdsDeviceBench bench) {
    device.setAlertCounter(alert.originatorCounter() - 1);
    if (!DerPayloadCodec.carriesDer(alert.messageCode())) {
      return;
    }
    DerPayload raised = der(alert);
    if (raised instanceof UpdateSecurityCredentials.Alert a) {
      seedReplacements(device, bench, a.outcome().replacementOutcomes());
    } else if (raised instanceof ActivateFirmware.Alert a) {
      seedActivation(device, (ActivateFirmware.Command) der(request), a.outcome());
    }
  }

  /** The firmware a CS06 outcome reports: the version run, and for a success the image held. */
  private static void seedActivation(EmulatedDevice device, ActivateFirmware.Command asked,
      ActivateFirmware.ExecutionOutcome o) {
    DeviceFirmware.setVersion(device, o.firmwareVersion().toByteArray());
    switch (o.code()) {
      case SUCCESS -> DeviceFirmware.hold(device, new DeviceFirmware.Image(asked.manufacturerImageHash(),
          o.firmwareVersion()));
      case HASH_MISMATCH -> {
        byte[] other = asked.manufacturerImageHash().toByteArray();
        other[0] ^= (byte) 0xFF;
        DeviceFirmware.hold(device, new DeviceFirmware.Image(ByteSlice.copyOf(other), o.firmwareVersion()));
      }
      case ACTIVATION_FAILURE -> {
        DeviceFirmware.hold(device, new DeviceFirmware.Image(asked.manufacturerImageHash(), o.firmwareVersion()));
        device.setCondition(device.condition().withFirmwareFault(true));
      }
      default -> { }
    }
  }

  /** The cells a CS02b outcome shows: their existing keys, and a fault for each failed replacement. */
  private static void seedReplacements(EmulatedDevice device, RtdsDeviceBench bench,
      List<ReplacementOutcome> outcomes) {
    for (ReplacementOutcome ro : outcomes) {
      TrustAnchorCellIdentifier cell = ro.affectedCell();
      if (ro.status() != TrustAnchorStatus.SUCCESS) {
        CommonFaults.failCell(device, cell, ro.status());
      }
      if (!ro.existingSubjectKeyIdentifier().equals(KeyIdentifiers.NONE)) {
        placeKey(device, bench, cell.role(), cell.keyUsage(), cell.cellUsage(), ro.existingSubjectUniqueId(),
            ro.existingSubjectKeyIdentifier());
      }
    }
  }

  /** The CHF: a failing access of an ERROR response as a fault; the state a SUCCESS response reads. */
  private static void seedHub(String folder, CommsHub hub, AccessRequest asked, AccessResponse answered) {
    for (int i = 0; i < answered.results().size(); i++) {
      int code = answered.results().get(i).code();
      AccessRequestSpec spec = asked.specs().get(i);
      if (code != 0 && code != 250) {
        if (spec.kind() == AccessSpecKind.ACTION) {
          hub.failMethod(spec.descriptor(), code);
        } else {
          hub.failAttribute(spec.descriptor(), code);
        }
        return;
      }
    }
    for (int i = 0; i < asked.specs().size(); i++) {
      AccessRequestSpec spec = asked.specs().get(i);
      DlmsData data = answered.data().get(i);
      CosemDescriptor d = spec.descriptor();
      boolean hanLog = d.classId() == 104;
      if (spec.kind() == AccessSpecKind.ACTION && hanLog && d.id() == 4 && data instanceof Structure s) {
        hub.setHanLog(d.instance().e(), logOf((OctetString) s.elements().get(1), (DlmsArray) s.elements().get(2)));
      } else if (spec.kind() == AccessSpecKind.ACTION && hanLog && d.id() == 2) {
        Eui64 device = Eui64.fromBytes(((OctetString) asked.data().get(i)).value().toByteArray());
        hub.setHanLog(d.instance().e(), hub.hanLog(d.instance().e()).with(device, new byte[16]));
      } else if ((spec.kind() == AccessSpecKind.GET || spec.kind() == AccessSpecKind.GET_WITH_SELECTION)
          && !(d.classId() == 1 && d.instance().c() == 96
          && d.instance().e() == 1)) {
        if (hanLog && d.id() == 4 && data instanceof DlmsArray rows) {
          HanDeviceLog log = hub.hanLog(d.instance().e());
          for (DlmsData row : rows.elements()) {
            byte[] eui = ((OctetString) ((Structure) row).elements().get(0)).value().toByteArray();
            log = log.with(Eui64.fromBytes(eui), new byte[16]);
          }
          hub.setHanLog(d.instance().e(), log);
        }
        // link statistics, logs, identity strings and the Sub GHz state are what the hub reads back
        hub.pin(d, data);
      }
    }
  }

  private static HanDeviceLog logOf(OctetString pan, DlmsArray entries) {
    HanDeviceLog log = HanDeviceLog.empty(pan.value());
    for (DlmsData e : entries.elements()) {
      List<DlmsData> pair = ((Structure) e).elements();
      log = log.with(Eui64.fromBytes(((OctetString) pair.get(0)).value().toByteArray()),
          ((OctetString) pair.get(1)).value().toByteArray());
    }
    return log;
  }

  /** Puts the key whose identifier a response shows into a role's cell (subject as shown). */
  private static void placeKey(EmulatedDevice device, RtdsDeviceBench bench, RemotePartyRole role,
      CertificateKeyUsage usage, CellUsage cellUsage, Eui64 subject, KeyIdentifier id) {
    TrustAnchor anchor = device.anchors().forRole(role).orElse(null);
    List<PublicKey> candidates = new ArrayList<>(bench.organisationPublicKeys(subject));
    if (anchor != null) {
      candidates.add(anchor.signingKey());
      candidates.add(anchor.keyAgreementKey());
    }
    for (PublicKey k : candidates) {
      if (k != null && KeyIdentifiers.of(k).equals(id)) {
        device.replaceAnchor(TrustAnchorCells.replaced(anchor, new TrustAnchorCellIdentifier(role, usage, cellUsage),
            subject, k));
        return;
      }
    }
  }

  /** Empties the cells of a role the response does not show (the ACB's signing cell, say). */
  private static void dropCellsNotShown(EmulatedDevice device, RemotePartyDetails d) {
    TrustAnchor a = device.anchors().forRole(d.role()).orElse(null);
    if (a == null) {
      return;
    }
    boolean ds = false;
    boolean ka = false;
    for (TrustAnchorCellContents c : d.cells().orElse(List.of())) {
      ds |= c.keyUsage() != CertificateKeyUsage.KEY_AGREEMENT;
      ka |= c.keyUsage() == CertificateKeyUsage.KEY_AGREEMENT && c.cellUsage() == CellUsage.MANAGEMENT;
    }
    device.replaceAnchor(new TrustAnchor(a.role(), a.party(), ds ? a.signingKey() : null,
        ka ? a.keyAgreementKey() : null, a.prepaymentKey()));
  }

  private static RemotePartyRole senderRole(EmulatedDevice device, GeneralSigningApdu request) {
    for (RemotePartyRole role : RemotePartyRole.values()) {
      var a = device.anchors().forRole(role);
      if (a.isPresent() && a.get().party().equals(request.originator())) {
        return role;
      }
    }
    return null;
  }

  /** The RTDS devices' types by the last octet of their EUI-64. */
  static GbcsDeviceType typeOf(Eui64 device) {
    return switch ((int) (device.value() & 0xFF)) {
      case 0xA0, 0xA6 -> GbcsDeviceType.ESME;
      case 0xA1 -> GbcsDeviceType.GSME;
      case 0xA3 -> GbcsDeviceType.GPF;
      case 0xA5 -> GbcsDeviceType.HCALCS;
      default -> GbcsDeviceType.PPMID;
    };
  }

  private static GeneralSigningApdu apdu(byte[] message) {
    try {
      return GbcsCodec.decode(message).apdu();
    } catch (GbcsCodecException e) {
      throw new AssertionError(e);
    }
  }

  private static DerPayload der(GeneralSigningApdu apdu) {
    try {
      return DerPayloadCodec.decode(apdu).payload();
    } catch (GbcsCodecException e) {
      throw new AssertionError(e);
    }
  }

  private static AccessRequest accessRequest(GeneralSigningApdu apdu) {
    try {
      return DlmsCodec.decodeAccessRequest(apdu.content());
    } catch (GbcsCodecException e) {
      throw new AssertionError(e);
    }
  }

  private static AccessResponse accessResponse(GeneralSigningApdu apdu) {
    try {
      return DlmsCodec.decodeAccessResponse(apdu.content());
    } catch (GbcsCodecException e) {
      throw new AssertionError(e);
    }
  }
}
