package org.dccsim.dcc.transform.esme;

import java.util.Set;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 6.13 Read Event Or Security Log on an ESME → ECS35a (event log 0-0:99.98.0.255), ECS35b
 * (security log 0-0:99.98.1.255), ECS35e (power event log 0-0:99.98.4.255), ECS35f (ALCS event
 * log 0-17:99.98.2.255, by the supplier) or ECS35g (the same, by the network operator); on a
 * Comms Hub → ECS35c (event) or ECS35d (security), which the access control broker sends. The
 * entries of the period are selected by {@link LogReadPeriod#bySecondsSince2000()}.
 */
final class EventOrSecurityLogTransform implements DeviceCommandTransform {

  private static final int BUFFER = 2;
  private static final ObisCode EVENT_LOG = new ObisCode(0, 0, 99, 98, 0, 255);
  private static final ObisCode SECURITY_LOG = new ObisCode(0, 0, 99, 98, 1, 255);
  private static final ObisCode POWER_EVENT_LOG = new ObisCode(0, 0, 99, 98, 4, 255);
  private static final ObisCode ALCS_EVENT_LOG = new ObisCode(0, 17, 99, 98, 2, 255);

  private final DeviceType type;
  private final DlmsUseCaseCommand event;
  private final DlmsUseCaseCommand security;
  private final DlmsUseCaseCommand powerEvent;
  private final DlmsUseCaseCommand alcsEventBySupplier;
  private final DlmsUseCaseCommand alcsEventByNetworkOperator;

  private EventOrSecurityLogTransform(DeviceType type) {
    this.type = type;
    boolean esme = type == DeviceType.ESME;
    this.event = DlmsUseCaseCommand.of(esme ? "ECS35a" : "ECS35c");
    this.security = DlmsUseCaseCommand.of(esme ? "ECS35b" : "ECS35d");
    this.powerEvent = esme ? DlmsUseCaseCommand.of("ECS35e") : null;
    this.alcsEventBySupplier = esme ? DlmsUseCaseCommand.of("ECS35f") : null;
    this.alcsEventByNetworkOperator = esme ? DlmsUseCaseCommand.of("ECS35g") : null;
  }

  static EventOrSecurityLogTransform esme() {
    return new EventOrSecurityLogTransform(DeviceType.ESME);
  }

  static EventOrSecurityLogTransform commsHub() {
    return new EventOrSecurityLogTransform(DeviceType.CHF);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(type);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    LogReadPeriod period = LogReadPeriod.read(body);
    String log = TransformValues.text(body, "LogToRead");
    DlmsUseCaseCommand command;
    ObisCode profile;
    switch (log) {
      case "Event" -> {
        command = event;
        profile = EVENT_LOG;
      }
      case "Security" -> {
        command = security;
        profile = SECURITY_LOG;
      }
      case "PowerEvent" -> {
        command = powerEvent;
        profile = POWER_EVENT_LOG;
      }
      case "ALCSEvent" -> {
        command = readsAsNetworkOperator(request) ? alcsEventByNetworkOperator : alcsEventBySupplier;
        profile = ALCS_EVENT_LOG;
      }
      default -> {
        command = null;
        profile = null;
      }
    }
    if (command == null) {
      throw TransformValues.invalid(body.localName() + "/LogToRead",
          (type == DeviceType.ESME ? "Event, Security, PowerEvent or ALCSEvent" : "Event or Security")
              + " for " + type + ", not '" + log + "'");
    }
    return command.build(request, new AccessRequestContent().getWithSelection(CosemClassIds.PROFILE_GENERIC,
        profile, BUFFER, LogReadPeriod.RANGE_DESCRIPTOR, period.bySecondsSince2000()));
  }

  /** The network operator (ED) reads the ALCS log in its own use case; a supplier (IS) in ECS35f. */
  private static boolean readsAsNetworkOperator(AcceptedRequest request) {
    return request.roles().contains(UserRole.ED) && !request.roles().contains(UserRole.IS);
  }
}
