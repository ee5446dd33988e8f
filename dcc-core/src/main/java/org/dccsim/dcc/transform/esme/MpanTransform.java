package org.dccsim.dcc.transform.esme;

import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 6.20.1 Set Device Configuration (Import MPxN) → ECS39a, and 6.20.2 (Export MPAN) → ECS39b: the
 * 13-character MPAN as ASCII into the MPAN object; a twin-element meter's two import MPANs go
 * into one value, primary first. An MPRN is for a gas meter.
 */
final class MpanTransform implements DeviceCommandTransform {

  private static final int MPAN_LENGTH = 13;
  static final ObisCode IMPORT_MPAN = new ObisCode(0, 0, 94, 44, 34, 11);
  static final ObisCode EXPORT_MPAN = new ObisCode(1, 0, 0, 0, 2, 255);

  private final boolean export;
  private final DlmsUseCaseCommand command;

  private MpanTransform(boolean export) {
    this.export = export;
    this.command = DlmsUseCaseCommand.of(export ? "ECS39b" : "ECS39a");
  }

  static MpanTransform importMpans() {
    return new MpanTransform(false);
  }

  static MpanTransform exportMpan() {
    return new MpanTransform(true);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    byte[] value;
    if (export) {
      value = ControlBodyValues.printable(body, "ExportMPAN", MPAN_LENGTH, MPAN_LENGTH);
    } else {
      if (body.child("ImportMPANs").isEmpty()) {
        throw TransformValues.invalid(body.localName() + "/ImportMPANs", "present: an ESME has MPANs, not an MPRN");
      }
      BodyElement mpans = TransformValues.child(body, "ImportMPANs");
      byte[] primary = ControlBodyValues.printable(mpans, "ImportMPAN", MPAN_LENGTH, MPAN_LENGTH);
      if (mpans.child("SecondaryImportMPAN").isPresent()) {
        byte[] secondary = ControlBodyValues.printable(mpans, "SecondaryImportMPAN", MPAN_LENGTH, MPAN_LENGTH);
        value = new byte[2 * MPAN_LENGTH];
        System.arraycopy(primary, 0, value, 0, MPAN_LENGTH);
        System.arraycopy(secondary, 0, value, MPAN_LENGTH, MPAN_LENGTH);
      } else {
        value = primary;
      }
    }
    return command.build(request, new AccessRequestContent().set(CosemClassIds.DATA,
        export ? EXPORT_MPAN : IMPORT_MPAN, CosemClassIds.VALUE, DlmsData.octetString(value)));
  }
}
