package org.dccsim.dcc.transform.esme;

import static org.dccsim.dcc.transform.esme.AuxiliaryLoadSwitchTransform.Operation.ACTIVATE;
import static org.dccsim.dcc.transform.esme.AuxiliaryLoadSwitchTransform.Operation.DEACTIVATE;
import static org.dccsim.dcc.transform.esme.AuxiliaryLoadSwitchTransform.Operation.RESET;

import org.dccsim.dcc.transform.DeviceVariantChoice;
import org.dccsim.dcc.transform.TransformFamily;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.gbcs.DeviceType;

/**
 * ESME use cases ECS27–ECS82: supply and load control, configuration, events, firmware,
 * commissioning.
 *
 * <p>6.27 is ECS29e, or ECS29f on a polyphase ESME ({@link DeviceVariantChoice}). 9.1 (ECS50: a
 * Customer Identification Number the DCC generates) is the hub family's, with GCS36.
 */
public final class EsmeControlTransforms implements TransformFamily {
  @Override
  public void registerAll(TransformRegistry r) {
    r.register("4.15", DeviceType.ESME, FixedEsmeCommands.readLoadLimitData());
    r.register("4.17", DeviceType.ESME, new DailyConsumptionLogTransform());
    r.register("4.18", DeviceType.ESME, FixedEsmeCommands.readMeterBalance());
    r.register("6.2.7", DeviceType.ESME, FixedEsmeCommands.readMpans());
    r.register("6.4.1", DeviceType.ESME, new LoadLimitSettingsTransform());
    r.register("6.4.2", DeviceType.ESME, FixedEsmeCommands.resetLoadLimitCounter());
    r.register("6.5", DeviceType.ESME, new VoltageConfigurationTransform());
    r.register("6.8", DeviceType.ESME, new BillingCalendarTransform());
    r.register("6.11", DeviceType.ESME, new SynchroniseClockTransform());
    r.register("6.12", DeviceType.ESME, new InstantaneousPowerThresholdsTransform());
    r.register("6.14.1", DeviceType.ESME, new AuxiliaryLoadDescriptionsTransform());
    r.register("6.14.2", DeviceType.ESME, AuxiliaryLoadSchedulerTransform.switches());
    r.register("6.14.3", DeviceType.ESME, AuxiliaryLoadSchedulerTransform.controllers());
    r.register("6.18.1", DeviceType.ESME, new MaximumDemandPeriodTransform());
    r.register("6.18.2", DeviceType.ESME, new MaximumDemandResetTransform());
    r.register("6.13", DeviceType.ESME, EventOrSecurityLogTransform.esme());
    r.register("6.13", DeviceType.CHF, EventOrSecurityLogTransform.commsHub());
    r.register("6.20.1", DeviceType.ESME, MpanTransform.importMpans());
    r.register("6.20.2", DeviceType.ESME, MpanTransform.exportMpan());
    r.register("7.14", DeviceType.ESME, FixedEsmeCommands.readAuxiliaryControllerConfiguration());
    r.register("6.25", DeviceType.ESME, new SupplyTamperStateTransform());
    FixedDlmsCommandTransform onePhase = FixedEsmeCommands.resetRmsVoltageCounters(false);
    r.register("6.27", DeviceType.ESME, DeviceVariantChoice.byEsmeElements(
        onePhase, onePhase, FixedEsmeCommands.resetRmsVoltageCounters(true)));
    r.register("6.26", DeviceType.ESME, new TariffBlockCounterResetTransform());
    r.register("7.1", DeviceType.ESME, new EnableSupplyTransform());
    r.register("7.2", DeviceType.ESME, FixedEsmeCommands.disableSupply());
    r.register("7.3", DeviceType.ESME, FixedEsmeCommands.armSupply());
    r.register("7.4", DeviceType.ESME, FixedEsmeCommands.readSupplyStatus());
    r.register("7.5", DeviceType.ESME, new AuxiliaryLoadSwitchTransform(ACTIVATE));
    r.register("7.6", DeviceType.ESME, new AuxiliaryLoadSwitchTransform(DEACTIVATE));
    r.register("7.7", DeviceType.ESME, FixedEsmeCommands.readAuxiliaryLoadSwitchData());
    r.register("7.8", DeviceType.ESME, new AuxiliaryLoadSwitchTransform(RESET));
    r.register("7.9", DeviceType.ESME, BoostButtonMembershipTransform.add());
    r.register("7.10", DeviceType.ESME, BoostButtonMembershipTransform.remove());
    r.register("7.11", DeviceType.ESME, new BoostButtonDetailsTransform());
    r.register("7.12", DeviceType.ESME, new RandomisedOffsetLimitTransform());
    r.register("7.13", DeviceType.ESME, AuxiliaryControllerLevelTransform.setState());
    r.register("7.15", DeviceType.ESME, FixedEsmeCommands.readAuxiliaryControllerOperationalData());
    r.register("7.16", DeviceType.ESME, AuxiliaryControllerLevelTransform.limitApcLevel());
    r.register("8.1.1", DeviceType.ESME, new SynchroniseClockTransform());
    r.register("11.2", DeviceType.ESME, FixedEsmeCommands.readFirmwareVersion());
  }
}
