package org.dccsim.dcc.transform.esme;

import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.transform.CommandOriginator;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.dcc.transform.UnknownRemoteParty;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.DataProtectionParameters;
import org.dccsim.smki.Eui64;

/**
 * 4.17 Retrieve Daily Consumption Log on an ESME → ECS66: get_protected_attributes (method 1) of
 * the data protection object 0-0:43.2.4.255 for the buffer of the daily consumption log
 * 0-0:99.1.3.255 between the period's start and end (COSEM date-times, selector 1), with the
 * protection parameters that ask the ESME to encrypt the entries for the originator; for an unknown
 * remote party, sent by the access control broker, for the User.
 */
final class DailyConsumptionLogTransform implements DeviceCommandTransform {

  private static final ObisCode DATA_PROTECTION = new ObisCode(0, 0, 43, 2, 4, 255);
  private static final ObisCode DAILY_CONSUMPTION_LOG = new ObisCode(0, 0, 99, 1, 3, 255);
  private static final int GET_PROTECTED_ATTRIBUTES = 1;
  private static final int BY_DATE_TIME_RANGE = 1;

  private final DlmsUseCaseCommand command = DlmsUseCaseCommand.of("ECS66");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    LogReadPeriod period = LogReadPeriod.read(TransformValues.body(request));
    DlmsData objectList = DlmsData.array(DlmsData.structure(
        DlmsData.longUnsigned(CosemClassIds.PROFILE_GENERIC),
        DlmsData.octetString(DAILY_CONSUMPTION_LOG.toBytes()),
        DlmsData.integer(CosemClassIds.VALUE),
        DlmsData.longUnsigned(0),
        DlmsData.structure(
            DlmsData.enumValue(BY_DATE_TIME_RANGE),
            DlmsData.structure(
                DlmsData.octetString(EsmeDateTimes.dateTime(period.start())),
                DlmsData.octetString(EsmeDateTimes.dateTime(period.end()))))));
    Optional<UnknownRemoteParty> unknown = UnknownRemoteParty.of(request);
    if (unknown.isPresent()) {
      // encrypted for the User, numbered by the broker's counter
      DlmsData protection = new DataProtectionParameters(
          request.dccCounter(), request.requestId().originator(), request.device().id()).toDlms();
      AccessRequestContent content = read(objectList, protection);
      return unknown.get().dlmsCommand(request, command.messageCode(), content.specs(), content.data());
    }
    Eui64 originator = CommandOriginator.of(request, command.messageCode()).originator();
    DlmsData protection =
        new DataProtectionParameters(request.requestId().counter(), originator, request.device().id()).toDlms();
    return command.build(request, read(objectList, protection));
  }

  private static AccessRequestContent read(DlmsData objectList, DlmsData protection) {
    return new AccessRequestContent().action(CosemClassIds.DATA_PROTECTION, DATA_PROTECTION,
        GET_PROTECTED_ATTRIBUTES, DlmsData.structure(objectList, protection));
  }
}
