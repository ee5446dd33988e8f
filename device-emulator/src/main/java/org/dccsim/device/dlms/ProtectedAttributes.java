package org.dccsim.device.dlms;

import org.dccsim.device.security.UnknownRemoteParty;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.dlms.AccessRequestSpec.SelectiveAccess;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.NullData;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.usecase.DataProtectionParameters;
import org.dccsim.gbcs.usecase.UnexpectedPayloadException;
import org.dccsim.smki.Eui64;

/**
 * get_protected_attributes (method 1) of a data protection object (class 30), how GBCS devices
 * answer sensitive reads (ECS17b, ECS19, ECS20b, ECS21a, ECS66, ...): the parameter names the
 * attributes (class, logical name, attribute, data index, access selection) and the protection
 * asked for; the device reads each attribute as a get would, and returns the protection it applied
 * (itself as originator, the requester as recipient, the command's counter) and the structure of
 * the values encrypted for the requester (KDF mode 04 on the shared secret of their KA keys). For
 * an {@link UnknownRemoteParty} the values are encrypted for the party's certificate key instead,
 * keyed by the device's own counter.
 */
public final class ProtectedAttributes {

  private ProtectedAttributes() {}

  public static <D extends EmulatedDevice & CosemDevice> CosemMethod<D> method() {
    return (device, parameter, context) -> {
      VerifiedCommand command = context.requireCommand();
      if (!(parameter instanceof Structure p) || p.elements().size() != 2
          || !(p.elements().get(0) instanceof DlmsArray objects)) {
        throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "{object list, protection parameters}");
      }
      long counter = command.apdu().originatorCounter();
      TrustAnchor requester = command.sender();
      UnknownRemoteParty urp = context.unknownRemoteParty();
      Eui64 askedBy = urp == null ? requester.party() : urp.party();
      DataProtectionParameters asked;
      try {
        asked = DataProtectionParameters.fromDlms("get_protected_attributes", p.elements().get(1));
      } catch (UnexpectedPayloadException e) {
        throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, e.getMessage());
      }
      if (!asked.equals(new DataProtectionParameters(counter, askedBy, device.id()))) {
        throw new CosemAccessException(AccessResult.SCOPE_OF_ACCESS_VIOLATED,
            "protection not asked by the requester for this counter");
      }
      CosemEngine<D> engine = context.engine();
      List<DlmsData> values = new ArrayList<>(objects.elements().size());
      for (DlmsData entry : objects.elements()) {
        values.add(read(device, engine, entry, context));
      }
      byte[] plain = DlmsCodec.encodeData(new Structure(values));
      DeviceServices services = context.services();
      byte[] sealed = urp == null
          ? services.payloadCipher().encrypt(plain, device.id(), counter, requester.party(),
              device.sharedSecret(requester, services))
          // a party without an anchor: its certificate's key, keyed by the device's own counter
          : services.payloadCipher().encrypt(plain, device.id(), urp.counter(), urp.party(),
              urp.sharedSecret(device, services));
      return DlmsData.structure(
          new DataProtectionParameters(counter, device.id(), requester.party()).toDlms(),
          DlmsData.octetString(sealed));
    };
  }

  /** One entry of the object list: {class id, logical name, attribute, data index, {selector, parameters}}. */
  private static <D extends CosemDevice> DlmsData read(D device, CosemEngine<D> engine, DlmsData entry,
      CosemContext context) throws CosemAccessException {
    if (!(entry instanceof Structure s) || s.elements().size() != 5
        || !(s.elements().get(0) instanceof IntegerValue classId)
        || !(s.elements().get(1) instanceof OctetString name) || name.value().length() != 6
        || !(s.elements().get(2) instanceof IntegerValue attribute)
        || !(s.elements().get(4) instanceof Structure selection) || selection.elements().size() != 2
        || !(selection.elements().get(0) instanceof IntegerValue selector)) {
      throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "an object list entry");
    }
    SelectiveAccess access = null;
    DlmsData parameters = selection.elements().get(1);
    if (selector.value() != 0) {
      access = new SelectiveAccess((int) selector.value(), parameters);
    } else if (!(parameters instanceof NullData)) {
      throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "no parameters without a selector");
    }
    ObisCode instance = ObisCode.of(name.value().toByteArray(), 0);
    if (attribute.value() < 0 || attribute.value() > 0xFF || classId.value() > 0xFFFF) {
      throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "attribute or class out of range");
    }
    return engine.get(device, new CosemDescriptor((int) classId.value(), instance, (int) attribute.value()), access,
        context);
  }
}
