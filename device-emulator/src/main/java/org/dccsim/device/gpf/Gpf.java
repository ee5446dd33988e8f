package org.dccsim.device.gpf;

import org.dccsim.device.zcl.GbzDevice;
import org.dccsim.device.common.CommonUseCases;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.gsme.GasAttributes;
import org.dccsim.device.gsme.GasConsumptionModel;
import org.dccsim.device.gsme.GasProfiles;
import org.dccsim.device.zcl.GbzUseCase;
import org.dccsim.device.zcl.ZclAttributeRef;
import org.dccsim.device.zcl.ZclCommandRef;
import org.dccsim.device.zcl.ZclEngine;
import org.dccsim.device.zcl.ZclFailure;
import org.dccsim.device.zcl.ZclStatus;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.DeviceLogEntry;
import org.dccsim.gbcs.gbz.ZclValue;
import org.dccsim.smki.Eui64;

/**
 * An emulated Gas Proxy Function: the part of the Comms Hub that stands in for the sleeping GSME
 * and answers reads from its copy of the GSME's data: the gas attributes ({@link GasAttributes})
 * as last mirrored, the consumption register from the same model as the meter's. The copy is
 * written by {@link #mirror} (the meter's updates over the HAN) and otherwise holds a new meter's
 * defaults. Its device log (the HAN devices it serves) is the Comms Hub's common behaviour.
 */
public final class Gpf extends GbzDevice<Gpf> {

  static final ZclEngine<Gpf> ENGINE = model();

  private static final DeviceUseCases<Gpf> USE_CASES = useCaseTable();
  /** The EUI-64 of the GSME whose data this GPF mirrors (seeds its consumption); null: its own. */
  private Eui64 gsme;
  /** The HAN devices the GPF serves (its device log); null while empty. */
  private DeviceLogEntry[] deviceLog;
  public Gpf(Eui64 id, TrustAnchors anchors) {
    super(id, anchors);
  }

  @Override
  protected ZclEngine<Gpf> engine() {
    return ENGINE;
  }

  @Override
  public DeviceType type() {
    return DeviceType.GPF;
  }

  @Override
  public DeviceUseCases<Gpf> useCases() {
    return USE_CASES;
  }

  /** Pairs this GPF with its GSME: its consumption register then reads the meter's. */
  public synchronized void serve(Eui64 meter) {
    this.gsme = meter;
  }

  /** Updates the copy of one of the GSME's attributes, as the meter's HAN update does. */
  public synchronized void mirror(ZclAttributeRef ref, ZclValue value) {
    try {
      ENGINE.write(this, ref, value);
    } catch (ZclFailure f) {
      throw new IllegalArgumentException(f.getMessage(), f);
    }
  }

  /** How many devices the GPF's device log holds [?: GBCS's capacity not checked]. */
  public static final int DEVICE_LOG_CAPACITY = 5;

  /** The GPF's device log: the HAN devices it serves. */
  public synchronized List<DeviceLogEntry> deviceLog() {
    return deviceLog == null ? List.of() : List.of(deviceLog);
  }

  /** Replaces the device log (GCS59, and joins and unjoins, which are common use cases). */
  public synchronized void restoreDeviceLog(List<DeviceLogEntry> entries) {
    if (entries.size() > DEVICE_LOG_CAPACITY) {
      throw new IllegalArgumentException("a GPF device log holds at most " + DEVICE_LOG_CAPACITY + " devices");
    }
    deviceLog = entries.isEmpty() ? null : entries.toArray(new DeviceLogEntry[0]);
  }

  private long seed() {
    return (gsme != null ? gsme : id()).value();
  }

  private static ZclEngine<Gpf> model() {
    ZclEngine.Builder<Gpf> m = ZclEngine.builder();
    GasAttributes.define(m, (d, x) -> new ZclValue.Fixed(ZclValue.UINT48,
        GasConsumptionModel.volumeDm3(d.seed(), x.now())));
    // reads the GPF answers from its copy: profiles and snapshots only when pinned
    GasProfiles.define(m, Gpf::seed);
    m.query(ZclCommandRef.toServer(GasAttributes.PREPAYMENT, 0x07), (d, c, x) -> {
      throw new ZclFailure(ZclStatus.NOT_FOUND, "no prepayment snapshot kept");
    });
    m.command(ZclCommandRef.toClient(0x0708, 0x00), (d, c, x) -> List.of()); // change of tenancy
    return m.build();
  }

  private static DeviceUseCases<Gpf> useCaseTable() {
    ZclCommandRef readMetering = ZclCommandRef.generalResponse(GasAttributes.METERING, 0x01);
    ZclCommandRef readPrepayment = ZclCommandRef.generalResponse(GasAttributes.PREPAYMENT, 0x01);
    List<org.dccsim.device.DeviceUseCase<? super Gpf>> all = new ArrayList<>(CommonUseCases.forType(DeviceType.GPF));
    all.add(new RestoreDeviceLogUseCase());
    for (int code : new int[] {0x0074, 0x00B6, 0x00B8}) {
      all.add(GbzUseCase.of(code, ENGINE, true, Gpf::clockStatus, readMetering).readResponsesDisableDefaultResponse());
    }
    all.add(GbzUseCase.of(0x0075, ENGINE, true, Gpf::clockStatus, readPrepayment));
    all.add(GbzUseCase.of(0x012A, ENGINE, true, Gpf::clockStatus));
    all.add(GbzUseCase.of(0x0096, ENGINE, false, Gpf::clockStatus, ZclCommandRef.toClient(GasAttributes.PREPAYMENT, 0x01)));
    all.add(GbzUseCase.of(0x00A0, ENGINE, false, Gpf::clockStatus, ZclCommandRef.toClient(GasAttributes.METERING, 0x07)));
    all.add(GbzUseCase.of(0x0072, ENGINE, false, Gpf::clockStatus));
    return new DeviceUseCases<>(all);
  }
}
