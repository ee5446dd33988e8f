package org.dccsim.dcc.transform.esme;

import java.util.List;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.dcc.transform.esme.SwitchScheduleValues.SpecialDaysTable;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;

/**
 * 6.14.2 Update Device Configuration (Auxiliary Load Control Scheduler) (critical, future-dated on
 * the device) → ECS46c, and 6.14.3 (Auxiliary Controller Scheduler) → ECS46d. ECS46c first sets
 * the identity of each switch it types (eight zero bytes for an ALCS, the HCALCS's EUI-64); both
 * then set the special days table 0-1:11.0.3.255 and the scheduler 0-1:12.0.2.255, one entry per
 * schedule of the request in its order, running a script of the switch script table
 * 0-0:10.0.103.255, and finally when the new tables take effect (attribute 6 of the GBCS deferred
 * objects 0-0:94.44.128.26 and .35, {@link EsmeDateTimes#executionDateTime}).
 *
 * <p>The script of an ALCS schedule entry is n·256 + 1 (activate) or + 2 (deactivate); that of an
 * auxiliary controller entry is n·256 + 0x80 + level, plus 0x1000 for an output or 0x2000 for an
 * input from the controlled load.
 */
final class AuxiliaryLoadSchedulerTransform implements DeviceCommandTransform {

  private static final ObisCode DEFERRED_SPECIAL_DAYS = new ObisCode(0, 0, 94, 44, 128, 26);
  private static final ObisCode DEFERRED_SCHEDULER = new ObisCode(0, 0, 94, 44, 128, 35);
  private static final int ACTIVATION_TIME = 6;
  private static final int ACTIVATE = 1;
  private static final int DEACTIVATE = 2;
  private static final int SCHEDULED_LEVEL = 0x80;
  private static final int OUTPUT = 0x1000;
  private static final int INPUT_FROM_CONTROLLED_LOAD = 0x2000;
  private static final int MAX_LEVEL = 100;
  private static final byte[] ALCS_IDENTITY = new byte[8];

  /** Where each scheduler's parts are in the DUIS body. */
  private record Layout(
      String useCase, String schedule, String dayAttribute, String datesAndTime, String specialDays,
      String specialDay, int maxEntries) {}

  private static final Layout SWITCHES = new Layout("ECS46c", "ALCSHCALCSConnectionSchedule", "index",
      "ALCSScheduleDatesAndTime", "ALCSHCALCSSpecialDays", "ALCSHCALCSSpecialDay", 48);
  private static final Layout CONTROLLERS = new Layout("ECS46d", "AuxiliaryControllerSchedule", "identifier",
      "AuxiliaryControllerSchedulePeriodAndTime", "AuxiliaryControllerSpecialDayDefinitions",
      "AuxiliaryControllerSpecialDayDefinition", 120);

  private final Layout layout;
  private final DlmsUseCaseCommand command;

  private AuxiliaryLoadSchedulerTransform(Layout layout) {
    this.layout = layout;
    this.command = DlmsUseCaseCommand.of(layout.useCase());
  }

  static AuxiliaryLoadSchedulerTransform switches() {
    return new AuxiliaryLoadSchedulerTransform(SWITCHES);
  }

  static AuxiliaryLoadSchedulerTransform controllers() {
    return new AuxiliaryLoadSchedulerTransform(CONTROLLERS);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    DlmsData activation = DlmsData.octetString(
        EsmeDateTimes.executionDateTime(TransformValues.executionDateTime(body)));
    AccessRequestContent content = new AccessRequestContent();
    if (layout == SWITCHES) {
      switchIdentities(body, content);
    }
    SpecialDaysTable specialDays = SpecialDaysTable.read(
        TransformValues.child(body, layout.specialDays()).children(layout.specialDay()), layout.dayAttribute());
    List<BodyElement> schedules = body.children(layout.schedule());
    if (schedules.size() > layout.maxEntries()) {
      throw TransformValues.invalid(layout.schedule(), "at most " + layout.maxEntries() + " entries");
    }
    DlmsData[] entries = new DlmsData[schedules.size()];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = entry(i + 1, schedules.get(i), specialDays.highestIndex());
    }
    return command.build(request, content
        .set(CosemClassIds.SPECIAL_DAYS_TABLE, AuxiliaryLoadObjects.SPECIAL_DAYS_WRITE, CosemClassIds.VALUE,
            specialDays.entries())
        .set(CosemClassIds.SCHEDULE, AuxiliaryLoadObjects.SCHEDULER_WRITE, CosemClassIds.VALUE, DlmsData.array(entries))
        .set(CosemClassIds.GBCS_DEFERRED_VALUE, DEFERRED_SPECIAL_DAYS, ACTIVATION_TIME, activation)
        .set(CosemClassIds.GBCS_DEFERRED_VALUE, DEFERRED_SCHEDULER, ACTIVATION_TIME, activation));
  }

  private static void switchIdentities(BodyElement body, AccessRequestContent content) throws RequestRefused {
    byte[][] identities = new byte[AuxiliaryLoadObjects.SWITCHES + 1][];
    for (BodyElement e : body.children("SwitchTypeAndId")) {
      int n = ControlBodyValues.attribute(e, "index", 1, AuxiliaryLoadObjects.SWITCHES);
      if (identities[n] != null) {
        throw TransformValues.invalid("SwitchTypeAndId[@index=" + n + "]", "once per switch");
      }
      if (e.child("ALCS").isPresent()) {
        identities[n] = ALCS_IDENTITY;
      } else {
        String hcalcs = TransformValues.text(e, "HCALCS");
        try {
          identities[n] = Eui64.parse(hcalcs).toBytes();
        } catch (IllegalArgumentException x) {
          throw TransformValues.invalid("SwitchTypeAndId[@index=" + n + "]/HCALCS", "an EUI-64, not '" + hcalcs + "'");
        }
      }
    }
    for (int n = 1; n <= AuxiliaryLoadObjects.SWITCHES; n++) {
      if (identities[n] != null) {
        content.set(CosemClassIds.DATA, AuxiliaryLoadObjects.switchIdentity(n), CosemClassIds.VALUE,
            DlmsData.octetString(identities[n]));
      }
    }
  }

  private DlmsData entry(int index, BodyElement schedule, int specialDays) throws RequestRefused {
    BodyElement when = TransformValues.child(schedule, layout.datesAndTime());
    return new SchedulerEntry(
        index,
        AuxiliaryLoadObjects.SWITCH_SCRIPTS,
        layout == SWITCHES ? switchScript(schedule) : controllerScript(schedule),
        EsmeDateTimes.time(TransformValues.time(when, "SwitchTime")),
        SwitchScheduleValues.weekdays(schedule),
        SwitchScheduleValues.specialDays(schedule, layout.dayAttribute(), specialDays),
        SwitchScheduleValues.date(TransformValues.child(when, "StartDate")),
        SwitchScheduleValues.date(TransformValues.child(when, "EndDate")))
        .toDlms();
  }

  private static int switchScript(BodyElement schedule) throws RequestRefused {
    BodyElement action = TransformValues.child(schedule, "ActivateDeactivateSwitch");
    int n = ControlBodyValues.attribute(action, "index", 1, AuxiliaryLoadObjects.SWITCHES);
    if (action.child("ActivateSwitch").isPresent()) {
      return n << 8 | ACTIVATE;
    }
    TransformValues.child(action, "DeactivateSwitch");
    return n << 8 | DEACTIVATE;
  }

  private static int controllerScript(BodyElement schedule) throws RequestRefused {
    BodyElement action = TransformValues.child(schedule, "AuxiliaryControllerAction");
    int n = ControlBodyValues.attribute(action, "auxiliaryControllerN", 1, AuxiliaryLoadObjects.SWITCHES);
    int level = (int) TransformValues.integer(action, "CommandedStateLevel", 0, MAX_LEVEL);
    int direction = action.child("InputFromControlledLoad").isPresent() ? INPUT_FROM_CONTROLLED_LOAD : OUTPUT;
    return direction | n << 8 | SCHEDULED_LEVEL | level;
  }
}
