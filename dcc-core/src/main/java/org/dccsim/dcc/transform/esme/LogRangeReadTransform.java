package org.dccsim.dcc.transform.esme;

import static org.dccsim.gbcs.dlms.DlmsData.doubleLongUnsigned;
import static org.dccsim.gbcs.dlms.DlmsData.integer;
import static org.dccsim.gbcs.dlms.DlmsData.longUnsigned;
import static org.dccsim.gbcs.dlms.DlmsData.octetString;
import static org.dccsim.gbcs.dlms.DlmsData.structure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.AccessRequestSpec.SelectiveAccess;
import org.dccsim.gbcs.dlms.AccessSpecKind;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * A read of the entries of one ESME log (a profile generic, class 7, buffer attribute 2) that were
 * captured within the request's ReadLogPeriod: get with range selection (selector 1) restricted by
 * the UTC time counter 0-0:94.44.100.255 in seconds since 2000, all columns. The User sends it,
 * or the access control broker on its behalf (the export daily read log, ECS21c, for an Export
 * Supplier).
 */
final class LogRangeReadTransform implements DeviceCommandTransform {

  private static final int PROFILE_CLASS = 7;
  private static final int BUFFER = 2;
  private static final int RANGE_DESCRIPTOR = 1;
  private static final DlmsData RESTRICTING_OBJECT = structure(
      longUnsigned(1), octetString(new ObisCode(0, 0, 94, 44, 100, 255).toBytes()), integer(2), longUnsigned(0));
  private static final DlmsData ALL_COLUMNS = new DlmsArray(List.of());

  private final DlmsUseCaseCommand command;
  private final CosemDescriptor log;

  LogRangeReadTransform(String useCase, ObisCode log) {
    this.command = DlmsUseCaseCommand.of(useCase);
    this.log = new CosemDescriptor(PROFILE_CLASS, log, BUFFER);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    LogReadPeriod period = LogReadPeriod.read(TransformValues.body(request));
    return command.build(request, List.of(bufferWithin(log.instance(), period)), EsmeReadRequests.nulls(1));
  }

  /** A get of a log's buffer restricted to the entries captured within the period. */
  static AccessRequestSpec bufferWithin(ObisCode log, LogReadPeriod period) throws RequestRefused {
    DlmsData range = structure(
        RESTRICTING_OBJECT,
        doubleLongUnsigned(EsmeDateTimes.secondsSince2000(period.start(), "ReadLogPeriod/StartDateTime")),
        doubleLongUnsigned(EsmeDateTimes.secondsSince2000(period.end(), "ReadLogPeriod/EndDateTime")),
        ALL_COLUMNS);
    return new AccessRequestSpec(AccessSpecKind.GET_WITH_SELECTION, new CosemDescriptor(PROFILE_CLASS, log, BUFFER),
        Optional.of(new SelectiveAccess(RANGE_DESCRIPTOR, range)));
  }
}
