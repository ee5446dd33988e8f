package org.dccsim.dcc.transform.hub;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.JoinDevice;
import org.dccsim.gbcs.asn1.UnjoinDevice;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiRepository;

/**
 * 8.7.1 / 8.7.2 Join Service and 8.8.1 / 8.8.2 Unjoin Service: the GBCS join method follows from
 * the types of the two devices, which the Smart Metering Inventory knows (the request names only
 * the other device):
 *
 * <ul>
 *   <li>a GSME and a PPMID: method C (CS03C, 0x00AF), with the other device's key agreement
 *       certificate from the SMKI;
 *   <li>a meter and a PPMID or HCALCS: method A, the meter initiating (CS03A1, 0x000D), the other
 *       responding (CS03A2, 0x00AB);
 *   <li>a meter and its GPF or a Type 2 device: method B (CS03B, 0x000E).
 * </ul>
 *
 * Unjoining is CS04AC (0x000F) for methods A and C, CS04B (0x0010) for B. On a meter, and on an
 * HCALCS for method A, a join is critical (8.7.1 / 8.8.1) and the User's; on a PPMID it is not,
 * and the access control broker sends it on the User's behalf (RTDS CS03A2NonCritical,
 * CS03CNonCritical, CS04ACNonCritical). Method B is never critical. A request whose criticality
 * does not match its method is refused.
 */
final class HanJoinTransform implements DeviceCommandTransform {

  private static final Set<DeviceType> METERS = EnumSet.of(DeviceType.ESME, DeviceType.GSME);
  private static final Set<DeviceType> ACB_ONLY = EnumSet.of(DeviceType.PPMID, DeviceType.HCALCS);

  private final boolean join;
  private final Set<DeviceType> types;
  private final DeviceInventory inventory;
  private final SmkiRepository smki;

  private HanJoinTransform(boolean join, Set<DeviceType> types, DeviceInventory inventory, SmkiRepository smki) {
    this.join = join;
    this.types = Set.copyOf(types);
    this.inventory = inventory;
    this.smki = smki;
  }

  static HanJoinTransform join(Set<DeviceType> types, DeviceInventory inventory, SmkiRepository smki) {
    return new HanJoinTransform(true, types, inventory, smki);
  }

  static HanJoinTransform unjoin(Set<DeviceType> types, DeviceInventory inventory, SmkiRepository smki) {
    return new HanJoinTransform(false, types, inventory, smki);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return types;
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    String where = body.localName() + "/OtherDeviceID";
    Eui64 otherId = CredentialValues.eui64(body, "OtherDeviceID");
    InventoryDevice other = inventory.find(otherId)
        .orElseThrow(() -> TransformValues.invalid(where, "a device in the inventory, not " + otherId));
    DeviceType target = request.device().type();
    JoinDevice.Method method = method(target, other.type());
    if (method == null) {
      throw TransformValues.invalid(where, "a device a " + target + " can join, not a " + other.type());
    }
    boolean critical = method != JoinDevice.Method.METHOD_B && (METERS.contains(target) || target == DeviceType.HCALCS);
    if (critical != request.srv().critical()) {
      throw TransformValues.invalid(where, "a device whose " + (join ? "join" : "unjoin") + " is "
          + (request.srv().critical() ? "critical" : "non-critical") + "; with a " + other.type()
          + " it is " + (critical ? "critical" : "non-critical"));
    }
    int messageCode;
    byte[] payload;
    if (join) {
      messageCode = HubCommands.messageCode(switch (method) {
        case METHOD_A_INITIATOR -> "CS03A1";
        case METHOD_A_RESPONDER -> "CS03A2";
        case METHOD_B -> "CS03B";
        case METHOD_C -> "CS03C";
      });
      Optional<EncodedCertificate> certificate = method == JoinDevice.Method.METHOD_C
          ? Optional.of(keyAgreementCertificate(otherId, where))
          : Optional.empty();
      payload = new JoinDevice.Command(method, otherId, GbcsDeviceTypes.of(other.type()), certificate).toDer();
    } else {
      messageCode = HubCommands.messageCode(method == JoinDevice.Method.METHOD_B ? "CS04B" : "CS04AC");
      payload = new UnjoinDevice.Command(otherId).toDer();
    }
    if (critical) {
      return HubCommands.byUser(request, messageCode, payload);
    }
    return ACB_ONLY.contains(target)
        ? HubCommands.byAcbOnBehalfOfUser(request, messageCode, payload)
        : HubCommands.byUserOrOnItsBehalf(request, messageCode, payload);
  }

  /** The join method of the target device for a join with the other; null if they do not join. */
  static JoinDevice.Method method(DeviceType target, DeviceType other) {
    if (target == DeviceType.GSME && other == DeviceType.PPMID
        || target == DeviceType.PPMID && other == DeviceType.GSME) {
      return JoinDevice.Method.METHOD_C;
    }
    if (METERS.contains(target) && ACB_ONLY.contains(other)) {
      return JoinDevice.Method.METHOD_A_INITIATOR;
    }
    if (ACB_ONLY.contains(target) && METERS.contains(other)) {
      return JoinDevice.Method.METHOD_A_RESPONDER;
    }
    if (METERS.contains(target) && (other == DeviceType.GPF || other == DeviceType.IHD || other == DeviceType.CAD)) {
      return JoinDevice.Method.METHOD_B;
    }
    return null;
  }

  private EncodedCertificate keyAgreementCertificate(Eui64 device, String where) throws RequestRefused {
    SmkiCertificate certificate = smki.device(device, KeyUsage.KEY_AGREEMENT)
        .orElseThrow(() -> TransformValues.invalid(where, "a device with a key agreement certificate in the SMKI"));
    return EncodedCertificate.of(certificate);
  }
}
