package org.dccsim.dcc.transform.esme;

import org.dccsim.dcc.inventory.DeviceType;
import org.dccsim.dcc.transform.TransformFamily;
import org.dccsim.dcc.transform.TransformRegistry;

/** ESME use cases ECS27–ECS82: supply and load control, configuration, events, firmware, commissioning. */
public final class EsmeControlTransforms implements TransformFamily {
  @Override
  public void registerAll(TransformRegistry r) {
    r.register("4.15", DeviceType.ESME, FixedEsmeCommands.readLoadLimitData());
    r.register("4.18", DeviceType.ESME, FixedEsmeCommands.readMeterBalance());
    r.register("6.2.7", DeviceType.ESME, FixedEsmeCommands.readMpans());
    r.register("6.4.2", DeviceType.ESME, FixedEsmeCommands.resetLoadLimitCounter());
    r.register("7.1", DeviceType.ESME, new EnableSupplyTransform());
    r.register("7.2", DeviceType.ESME, FixedEsmeCommands.disableSupply());
    r.register("7.3", DeviceType.ESME, FixedEsmeCommands.armSupply());
    r.register("7.4", DeviceType.ESME, FixedEsmeCommands.readSupplyStatus());
    r.register("7.7", DeviceType.ESME, FixedEsmeCommands.readAuxiliaryLoadSwitchData());
    r.register("7.15", DeviceType.ESME, FixedEsmeCommands.readAuxiliaryControllerOperationalData());
    r.register("11.2", DeviceType.ESME, FixedEsmeCommands.readFirmwareVersion());
  }
}
