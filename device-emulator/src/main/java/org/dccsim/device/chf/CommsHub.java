package org.dccsim.device.chf;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.common.CommonUseCases;
import org.dccsim.device.dlms.CosemDevice;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.CosemMemory;
import org.dccsim.device.dlms.DlmsAccessUseCase;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.smki.Eui64;

/**
 * An emulated Comms Hub Function: the premises' gateway between the SM WAN and the HAN, keeping the
 * HAN device logs (its own and its GPF's). Its DLMS use cases are accesses to its COSEM objects
 * ({@link ChfObjects}); the shared ones (credentials, firmware) come from {@link CommonUseCases}.
 * At rest a hub holds two references besides the base: its COSEM memory and its device logs, both
 * null until something differs from the defaults.
 */
public final class CommsHub extends EmulatedDevice implements CosemDevice {

  /** The hub's COSEM engine: pins and faults on its objects go through it. */
  public static final CosemEngine<CommsHub> ENGINE = new CosemEngine<>(ChfObjects.MODEL);

  /** CCS01–CCS07, DBCH01–05, ECS35c/d (event and security logs), ECS26i/n (identity). */
  private static final int[] DLMS_MESSAGE_CODES = {
    0x0001, 0x0002, 0x0003, 0x0004, 0x010F, 0x00FE,
    0x010A, 0x010B, 0x010C, 0x010D, 0x010E,
    0x0093, 0x0094, 0x0092, 0x00FA
  };

  private static final DeviceUseCases<CommsHub> USE_CASES = useCases(ENGINE);

  private CosemMemory cosem;
  /** The CHF's and the GPF's device logs; null while both are empty. */
  private HanDeviceLog[] hanLogs;

  public CommsHub(Eui64 id, TrustAnchors anchors) {
    super(id, anchors);
  }

  private static DeviceUseCases<CommsHub> useCases(CosemEngine<CommsHub> engine) {
    List<DeviceUseCase<? super CommsHub>> all = new ArrayList<>(CommonUseCases.forType(DeviceType.CHF));
    for (int code : DLMS_MESSAGE_CODES) {
      all.add(new DlmsAccessUseCase<>(code, false, engine));
    }
    return new DeviceUseCases<>(all);
  }

  @Override
  public DeviceType type() {
    return DeviceType.CHF;
  }

  @Override
  public DeviceUseCases<CommsHub> useCases() {
    return USE_CASES;
  }

  @Override
  protected AlertFormat alertFormat() {
    return AlertFormat.DLMS;
  }

  @Override
  public synchronized CosemMemory cosemMemory(boolean create) {
    if (cosem == null && create) {
      cosem = new CosemMemory();
    }
    return cosem;
  }

  /** The CHF's device log (0) or the one it keeps for its GPF (1). */
  public synchronized HanDeviceLog hanLog(int log) {
    checkLog(log);
    return hanLogs == null || hanLogs[log] == null ? HanDeviceLog.empty(id()) : hanLogs[log];
  }

  /** Replaces a device log (CCS01–03 do; a population builder or a test seeds one). */
  public synchronized void setHanLog(int log, HanDeviceLog value) {
    checkLog(log);
    if (value.equals(HanDeviceLog.empty(id()))) {
      if (hanLogs != null) {
        hanLogs[log] = null;
        if (hanLogs[1 - log] == null) {
          hanLogs = null;
        }
      }
      return;
    }
    if (hanLogs == null) {
      hanLogs = new HanDeviceLog[2];
    }
    hanLogs[log] = value;
  }

  /** Forces an attribute of this hub to {@code value} (see {@link CosemEngine#pin}). */
  public void pin(CosemDescriptor attribute, DlmsData value) {
    synchronized (this) {
      ENGINE.pin(this, attribute, value);
    }
  }

  /** Releases a pinned attribute. */
  public void unpin(CosemDescriptor attribute) {
    synchronized (this) {
      ENGINE.unpin(this, attribute);
    }
  }

  /** Makes an attribute of this hub fail with {@code result}. */
  public void failAttribute(CosemDescriptor attribute, int result) {
    synchronized (this) {
      ENGINE.failAttribute(this, attribute, result);
    }
  }

  /** Makes a method of this hub fail with {@code result}. */
  public void failMethod(CosemDescriptor method, int result) {
    synchronized (this) {
      ENGINE.failMethod(this, method, result);
    }
  }

  /** Removes a fault from an attribute, or from a method when {@code method}. */
  public void repair(CosemDescriptor descriptor, boolean method) {
    synchronized (this) {
      ENGINE.repair(this, descriptor, method);
    }
  }

  private static void checkLog(int log) {
    if (log != 0 && log != 1) {
      throw new IllegalArgumentException("a hub has device logs 0 (CHF) and 1 (GPF), not " + log);
    }
  }
}
