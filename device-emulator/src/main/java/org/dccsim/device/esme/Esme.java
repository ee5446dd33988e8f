package org.dccsim.device.esme;

import java.time.Instant;
import org.dccsim.device.DeviceKeys;
import org.dccsim.device.DeviceKind;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.smki.Eui64;

/** An emulated electricity smart meter (single element for now). */
public final class Esme extends EmulatedDevice {

  private static final DeviceUseCases<Esme> USE_CASES =
      new DeviceUseCases<>(new ReadImportRegistersUseCase(), new EnableSupplyUseCase());

  private final long seed;
  private SupplyState supplyState;

  public Esme(Eui64 id, DeviceKeys keys, TrustAnchors anchors, long seed, SupplyState supplyState) {
    super(id, keys, anchors);
    this.seed = seed;
    this.supplyState = supplyState;
  }

  @Override
  public DeviceKind kind() {
    return DeviceKind.ESME;
  }

  @Override
  public DeviceUseCases<Esme> useCases() {
    return USE_CASES;
  }

  public synchronized SupplyState supplyState() {
    return supplyState;
  }

  synchronized void setSupplyState(SupplyState state) {
    this.supplyState = state;
  }

  long activeImportWh(Instant at) {
    return ConsumptionModel.activeImportWh(seed, at);
  }

  long reactiveImportVarh(Instant at) {
    return ConsumptionModel.reactiveImportVarh(seed, at);
  }
}
