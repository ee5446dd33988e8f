package org.dccsim.device.esme;

import java.time.Instant;
import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;

/**
 * An emulated electricity smart meter. Its readings come from a {@link ConsumptionModel} seeded by
 * its EUI-64, so they cost no memory.
 */
public final class Esme extends EmulatedDevice {

  private static final DeviceUseCases<Esme> USE_CASES =
      new DeviceUseCases<>(new ReadImportRegistersUseCase(), new EnableSupplyUseCase());

  private final EsmeVariant variant;
  private SupplyState supplyState;

  public Esme(Eui64 id, TrustAnchors anchors, EsmeVariant variant, SupplyState supplyState) {
    super(id, anchors);
    this.variant = variant;
    this.supplyState = supplyState;
  }

  /** A single-element meter. */
  public Esme(Eui64 id, TrustAnchors anchors, SupplyState supplyState) {
    this(id, anchors, EsmeVariant.SINGLE_ELEMENT, supplyState);
  }

  @Override
  public DeviceType type() {
    return DeviceType.ESME;
  }

  @Override
  public DeviceUseCases<Esme> useCases() {
    return USE_CASES;
  }

  @Override
  protected AlertFormat alertFormat() {
    return AlertFormat.DLMS;
  }

  public EsmeVariant variant() {
    return variant;
  }

  public synchronized SupplyState supplyState() {
    return supplyState;
  }

  synchronized void setSupplyState(SupplyState state) {
    this.supplyState = state;
  }

  /** The seed of this meter's consumption model. */
  public long seed() {
    return id().value();
  }

  long activeImportWh(Instant at) {
    return ConsumptionModel.activeImportWh(seed(), at);
  }

  long reactiveImportVarh(Instant at) {
    return ConsumptionModel.reactiveImportVarh(seed(), at);
  }
}
