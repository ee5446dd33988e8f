package org.dccsim.device.esme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.Obis;
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
 * registers}, computed from the consumption model at the capture time. [?] The meter's own TOU and
 * block split is not modelled: all energy is on rate 1, block 1.
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
    CompactArray log = (CompactArray) esme.cosemEngine().stored(esme, LOG, 2);
    List<DlmsData> rows = new ArrayList<>(log.elements());
    rows.add(entry(esme, at));
    while (rows.size() > CAPACITY) {
      rows.remove(0);
    }
    try {
      esme.cosemEngine().store(esme, LOG, 2, new CompactArray(rowType(esme.variant()), rows));
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
    List<DlmsData> e = new ArrayList<>(9);
    e.add(EsmeObjectModel.u32(TimeRange.secondsSince2000(at)));
    long active = esme.activeImportWh(at);
    e.add(EsmeObjectModel.u32(active));
    boolean twin = esme.variant() == EsmeVariant.TWIN_ELEMENT;
    long secondary = twin ? esme.secondaryActiveImportWh(at) : 0;
    if (twin) {
      e.add(EsmeObjectModel.u32(secondary));
    }
    e.add(registers(48, active));
    if (twin) {
      e.add(registers(4, secondary));
    }
    for (int b = 0; b < 4; b++) {
      e.add(registers(8, b == 0 ? active : 0));
    }
    return new Structure(e);
  }

  /** {@code n} registers, the first holding {@code first}, the others zero. */
  private static DlmsArray registers(int n, long first) {
    DlmsData[] r = new DlmsData[n];
    Arrays.fill(r, EsmeObjectModel.u32(0));
    r[0] = EsmeObjectModel.u32(first);
    return new DlmsArray(List.of(r));
  }
}
