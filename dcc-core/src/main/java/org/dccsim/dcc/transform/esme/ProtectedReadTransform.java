package org.dccsim.dcc.transform.esme;

import static org.dccsim.gbcs.dlms.DlmsData.enumValue;
import static org.dccsim.gbcs.dlms.DlmsData.integer;
import static org.dccsim.gbcs.dlms.DlmsData.longUnsigned;
import static org.dccsim.gbcs.dlms.DlmsData.nullData;
import static org.dccsim.gbcs.dlms.DlmsData.octetString;
import static org.dccsim.gbcs.dlms.DlmsData.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.dcc.transform.UnknownRemoteParty;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.DataProtectionParameters;

/**
 * A read of sensitive values (registers, billing and daily logs, profiles): the DCC invokes
 * get_protected_attributes (method 1) of a data protection object (class 30), naming the
 * attributes it wants, and the device answers with them encrypted for the User. Each attribute
 * is read whole, or for a log or profile only the entries between the request's ReadLogPeriod
 * start and end (range selector 1 on the capture time). A User the ESME holds no certificate of
 * names itself an unknown remote party ({@link UnknownRemoteParty}): the access control broker
 * then sends the read, and the ESME encrypts for the User under the broker's counter.
 */
final class ProtectedReadTransform implements DeviceCommandTransform {

  private static final int DATA_PROTECTION_CLASS = 30;
  private static final int GET_PROTECTED_ATTRIBUTES = 1;
  private static final int WHOLE = 0;
  private static final int RANGE = 1;

  private final int messageCode;
  private final List<AccessRequestSpec> specs;
  private final List<CosemDescriptor> attributes;
  private final boolean ranged;

  /**
   * @param ranged whether the body has a ReadLogPeriod that restricts every attribute
   */
  ProtectedReadTransform(
      String useCase, ObisCode protectionObject, List<CosemDescriptor> attributes, boolean ranged) {
    this.messageCode = EsmeReadRequests.messageCode(useCase);
    this.specs = List.of(AccessRequestSpec.action(DATA_PROTECTION_CLASS, protectionObject, GET_PROTECTED_ATTRIBUTES));
    this.attributes = List.copyOf(attributes);
    this.ranged = ranged;
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    DlmsData selection =
        ranged ? range(LogReadPeriod.read(TransformValues.body(request))) : structure(enumValue(WHOLE), nullData());
    List<DlmsData> objects = new ArrayList<>(attributes.size());
    for (CosemDescriptor a : attributes) {
      objects.add(structure(
          longUnsigned(a.classId()), octetString(a.instance().toBytes()), integer(a.id()), longUnsigned(0), selection));
    }
    Optional<UnknownRemoteParty> unknown = UnknownRemoteParty.of(request);
    // the device encrypts for the User, numbering the response by the command's counter
    long counter = unknown.isPresent() ? request.dccCounter() : request.requestId().counter();
    DataProtectionParameters protection =
        new DataProtectionParameters(counter, request.requestId().originator(), request.device().id());
    List<DlmsData> parameters = List.of(structure(new DlmsArray(objects), protection.toDlms()));
    if (unknown.isPresent()) {
      return unknown.get().dlmsCommand(request, messageCode, specs, parameters);
    }
    return EsmeReadRequests.command(messageCode, request, specs, parameters);
  }

  private static DlmsData range(LogReadPeriod period) throws RequestRefused {
    return structure(
        enumValue(RANGE),
        structure(
            EsmeDateTimes.octetString(period.start(), "ReadLogPeriod/StartDateTime"),
            EsmeDateTimes.octetString(period.end(), "ReadLogPeriod/EndDateTime")));
  }
}
