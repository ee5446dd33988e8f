package org.dccsim.device.esme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.Obis;
import org.dccsim.device.dlms.ProfileBuffer;
import org.dccsim.device.dlms.TimeRange;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsAlert;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.CompactArray;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.DlmsTypeDescription;
import org.dccsim.gbcs.dlms.DlmsTypeDescription.ArrayOf;
import org.dccsim.gbcs.dlms.IntegerType;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.usecase.DataProtectionParameters;
import org.dccsim.smki.RemotePartyRole;

/**
 * The ESME's billing data log (0-0:98.1.0.255, as ECS20c reads it) and the billing alert that
 * sends its latest entry to the supplier (ECS68, alert 8F0A, message code 0x0061): signed, the
 * entry encrypted for the supplier under the alert's counter. An entry is {capture time, active
 * import[, secondary active import], 48 TOU registers[, 4 secondary TOU registers], 4 × 8 block
 * registers}, computed from the consumption model at the capture time and split as ECS17d and
 * ECS17e read the registers ({@link TouSplit}, {@link BlockSplit}). [?] The four block arrays are
 * blocks 1 to 4, each over the eight TOU rates (register (rate - 1) * 8 + (block - 1) of the
 * split); blocks 5 to 8 are not in the entry.
 */
final class BillingDataLog {

  static final ObisCode LOG = Obis.of("0-0:98.1.0.255");
  static final int ALERT_CODE = 0x8F0A;
  static final int MESSAGE_CODE = 0x0061;
  /** [?] Entries kept: a year of monthly bills and the current one. */
  static final int CAPACITY = 13;

  private static final CosemDescriptor BUFFER = new CosemDescriptor(7, LOG, 2);
  private static final DlmsTypeDescription U32 = DlmsTypeDescription.simple(IntegerType.DOUBLE_LONG_UNSIGNED.tag());
  private static final DlmsTypeDescription SINGLE = DlmsTypeDescription.structureOf(U32, U32, new ArrayOf(48, U32),
      new ArrayOf(8, U32), new ArrayOf(8, U32), new ArrayOf(8, U32), new ArrayOf(8, U32));
  private static final DlmsTypeDescription TWIN = DlmsTypeDescription.structureOf(U32, U32, U32,
      new ArrayOf(48, U32), new ArrayOf(4, U32), new ArrayOf(8, U32), new ArrayOf(8, U32), new ArrayOf(8, U32),
      new ArrayOf(8, U32));

  private BillingDataLog() {}

  /** The row type of a meter's log. */
  static DlmsTypeDescription rowType(EsmeVariant variant) {
    return variant == EsmeVariant.TWIN_ELEMENT ? TWIN : SINGLE;
  }

  /** Appends the entry at {@code at} to the log, dropping the oldest beyond {@link #CAPACITY}. */
  static void capture(Esme esme, Instant at) {
    try {
      ProfileBuffer.append(esme.cosemEngine(), esme, LOG, entry(esme, at), CAPACITY);
    } catch (CosemAccessException e) {
      // a fault injected on the log: the meter cannot record the bill
    }
  }

  /**
   * Sends the latest entry (as a read would see it: pins and faults apply) to the supplier.
   *
   * @return false when there is none, it cannot be read, or the meter cannot address the supplier
   */
  static boolean raiseAlert(Esme esme, DeviceServices services) {
    Instant now = esme.now(services);
    CompactArray log;
    try {
      log = (CompactArray) esme.cosemEngine().get(esme, BUFFER, null,
          new CosemContext(esme.cosemEngine(), services, now, null));
    } catch (CosemAccessException e) {
      return false;
    }
    if (log.elements().isEmpty()) {
      return false;
    }
    DlmsData latest = log.elements().get(log.elements().size() - 1);
    byte[] plain = DlmsCodec.encodeData(DlmsData.structure(new CompactArray(log.description(), List.of(latest))));
    return esme.anchors().forRole(RemotePartyRole.SUPPLIER).map(supplier -> esme.raiseAlert(
        RemotePartyRole.SUPPLIER, MESSAGE_CODE, (at, counter) -> {
          byte[] sealed = services.payloadCipher().encrypt(plain, esme.id(), counter, supplier.party(),
              esme.sharedSecret(supplier, services));
          return DlmsCodec.encode(new DlmsAlert(ALERT_CODE, DeviceTime.cosem(at), List.of(
              new DataProtectionParameters(counter, esme.id(), supplier.party()).toDlms(),
              DlmsData.octetString(sealed))).toNotification(LongInvokeIdAndPriority.forCounter(counter)));
        }, services)).orElse(false);
  }

  private static DlmsData entry(Esme esme, Instant at) {
    CosemEngine<Esme> engine = esme.cosemEngine();
    List<DlmsData> e = new ArrayList<>(9);
    e.add(EsmeObjectModel.u32(TimeRange.secondsSince2000(at)));
    e.add(EsmeObjectModel.u32(esme.activeImportWh(at)));
    boolean twin = esme.variant() == EsmeVariant.TWIN_ELEMENT;
    if (twin) {
      e.add(EsmeObjectModel.u32(esme.secondaryActiveImportWh(at)));
    }
    e.add(registers(TouSplit.registers(esme, engine, at, TouSplit.TOU_RATES), 0, 1));
    if (twin) {
      e.add(registers(TouSplit.registers(TouSplit.Element.SECONDARY, esme, engine, at), 0, 1));
    }
    long[] blocks = BlockSplit.registers(esme, engine, at);
    for (int block = 0; block < BLOCK_ARRAYS; block++) {
      e.add(registers(blocks, block, BlockSplit.BLOCKS));
    }
    return new Structure(e);
  }

  /** The entry's block arrays: [?] one per block, 1..4, each over the eight TOU rates. */
  private static final int BLOCK_ARRAYS = 4;

  /** The registers {@code values[from]}, {@code values[from + step]}, ... to the end of {@code values}. */
  private static DlmsArray registers(long[] values, int from, int step) {
    List<DlmsData> r = new ArrayList<>(values.length / step);
    for (int i = from; i < values.length; i += step) {
      r.add(EsmeObjectModel.u32(values[i]));
    }
    return new DlmsArray(r);
  }
}
