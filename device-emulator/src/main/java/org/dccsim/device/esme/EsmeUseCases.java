package org.dccsim.device.esme;

import java.util.function.BiConsumer;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.DeviceServices;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.device.common.CommonUseCases;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.DlmsAccessUseCase;

/**
 * The ESME's use cases: every one is a DLMS Access-Request executed on the object model, so the
 * table is message codes, split by whether the response header carries the meter's date-time
 * (RTDS: the use cases that may be future-dated, and the instantaneous reads).
 */
final class EsmeUseCases {

  /** Responses with the meter's date-time. */
  private static final int[] DATED = {
    0x0007, // CS01a top-up
    0x0019, 0x001A, 0x001B, 0x001F, // ECS01a tariff, ECS02/ECS03 payment mode, ECS08 prepayment settings
    0x0026, 0x0027, 0x0028, 0x0029, 0x002A, // ECS17a..e instantaneous registers
    0x002B, 0x002C, 0x002D, 0x0039, // ECS18a/b maximum demand, ECS19 prepayment registers, ECS23 voltage
    0x0043, 0x0054, 0x00A2, 0x00B7, // ECS28a load limit, ECS46c HAN LCD, ECS01b, ECS01c
    0x00BC, 0x00C7, 0x00DE, 0x011A, // ECS23b, ECS01d, ECS08a, ECS46d
  };

  /** Responses without a date-time. */
  private static final int[] UNDATED = {
    0x001C, 0x001D, 0x001E, 0x0020, 0x0021, 0x0022, 0x0023, 0x0024, 0x0025, // ECS04a ... ECS16
    0x002E, 0x002F, 0x0030, 0x0033, 0x0034, 0x0035, 0x0036, 0x0037, 0x0038, // ECS20a ... ECS22c
    0x003A, 0x003B, 0x003C, 0x003D, 0x003E, 0x003F, 0x0040, 0x0042, 0x0044, // ECS24 ... ECS28b
    0x0045, 0x0046, 0x0047, 0x0048, 0x0049, 0x004A, 0x004B, 0x004C, 0x004D, // ECS29a ... ECS39b
    0x004E, 0x004F, 0x0050, 0x0051, 0x0052, 0x0053, 0x0055, 0x0058, 0x0059, // ECS40 ... ECS52
    0x005A, 0x005E, 0x005F, 0x0060, 0x0062, 0x0068, 0x0069, 0x00AC, 0x00AE, // ECS57 ... ECS29b
    0x00B0, 0x00B3, 0x00B9, 0x00BA, 0x00BB, 0x00BD, 0x00BE, 0x00C1, 0x00C6, // ECS25b ... ECS26k
    0x00C9, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D7, 0x00D9, 0x00DB, 0x00EA, // ECS20d ... ECS25a1
    0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F9, 0x00FD, 0x011C, 0x011D, // ECS25a2 ... ECS61e
    0x011E, 0x011F, // ECS47a, ECS47e
  };

  /** ECS28a Set Load Limit Configurations: after it, the meter watches its load (LoadLimiter.watch). */
  static final int SET_LOAD_LIMIT_CONFIGURATION = 0x0043;
  /** ECS02/ECS03 payment mode changes: after them a prepayment meter settles each half hour. */
  static final int CHANGE_TO_CREDIT_MODE = 0x001A;
  static final int CHANGE_TO_PREPAYMENT_MODE = 0x001B;

  /** ECS46c/ECS46d set the auxiliary load control calendar: after them, the meter switches by it. */
  static final int SET_ALCS_SCHEDULER = 0x0054;
  static final int SET_AUXILIARY_CONTROLLER_CALENDAR = 0x011A;

  private EsmeUseCases() {}

  /** {@code access}, then {@code after} on the meter (which starts its own watches). */
  private static DeviceUseCase<Esme> then(DlmsAccessUseCase<Esme> access, BiConsumer<Esme, DeviceServices> after) {
    return new DeviceUseCase<>() {
      @Override
      public int messageCode() {
        return access.messageCode();
      }

      @Override
      public byte[] execute(Esme esme, VerifiedCommand command, DeviceServices services) throws CommandRejected {
        byte[] response = access.execute(esme, command, services);
        after.accept(esme, services);
        return response;
      }
    };
  }

  /** ECS30 and ECS30a set the billing calendar: after them, the meter bills by it. */
  static final int SET_BILLING_CALENDAR = 0x0046;
  static final int SET_BILLING_CALENDAR_ALL_PERIODICITIES = 0x00D7;

  static DeviceUseCases<Esme> all(CosemEngine<Esme> engine) {
    // the shared ones (credentials, joins, firmware) first, then the meter's DLMS accesses
    List<DeviceUseCase<? super Esme>> all = new ArrayList<>(CommonUseCases.forType(DeviceType.ESME));
    for (int code : DATED) {
      DlmsAccessUseCase<Esme> access = new DlmsAccessUseCase<>(code, true, engine);
      all.add(code == SET_LOAD_LIMIT_CONFIGURATION ? then(access, Esme::watchLoad)
          : code == CHANGE_TO_CREDIT_MODE || code == CHANGE_TO_PREPAYMENT_MODE ? then(access, Esme::watchCredit)
          : code == SET_ALCS_SCHEDULER || code == SET_AUXILIARY_CONTROLLER_CALENDAR ? then(access, Esme::watchSwitches)
          : access);
    }
    for (int code : UNDATED) {
      DlmsAccessUseCase<Esme> access = new DlmsAccessUseCase<>(code, false, engine);
      all.add(code == SET_BILLING_CALENDAR || code == SET_BILLING_CALENDAR_ALL_PERIODICITIES
          ? then(access, Esme::watchBilling) : access);
    }
    return new DeviceUseCases<>(all);
  }
}
