package org.dccsim.dcc.transform.esme;

import static org.dccsim.dcc.transform.esme.EsmeReadRequests.attribute;
import static org.dccsim.dcc.transform.esme.EsmeReadRequests.obis;

import java.util.List;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.DeviceVariantChoice;
import org.dccsim.dcc.transform.TransformFamily;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * ESME use cases ECS01–ECS26: tariffs, prepayment, display, reads, logs and configuration reads.
 *
 * <p>Where the use case depends on the device, {@link DeviceVariantChoice} picks it: 1.6, 4.10 and
 * 6.2.1 by the ESME variant (single, twin element, polyphase); 2.1, 6.2.3 and 6.2.4 (ESME and Comms
 * Hub) by the device's GBCS version. 6.2.10 goes by the User's remote party role. Protected log
 * reads for an unknown remote party go through the access control broker ({@link
 * ProtectedReadTransform}). Not registered: 6.22 ({@link AlertBehaviourTransform}: two DUIS
 * templates carry other settings than their RTDS scenarios).
 */
public final class EsmeReadAndTariffTransforms implements TransformFamily {

  private static final int DATA = 1;
  private static final int REGISTER = 3;
  private static final int EXTENDED_REGISTER = 4;
  private static final int PROFILE = 7;
  private static final int SCRIPT_TABLE = 9;
  private static final int CLOCK_OR_SCHEDULE = 10;
  private static final int SPECIAL_DAYS = 11;
  private static final int ACTIVITY_CALENDAR = 20;
  private static final int REGISTER_MONITOR = 21;
  private static final int ACCOUNT = 111;
  private static final int CREDIT = 112;
  private static final int CHARGE = 113;
  private static final int GB_EXTENDED = 9000;

  @Override
  public void registerAll(TransformRegistry r) {
    // tariffs, prices and prepayment (critical: Pre-Commands)
    r.register("1.1.1", DeviceType.ESME, new PrimaryTariffTransform());
    r.register("1.1.2", DeviceType.ESME, new SecondaryTariffTransform());
    r.register("1.2.1", DeviceType.ESME, new PrimaryPriceTransform());
    r.register("1.2.2", DeviceType.ESME, new SecondaryPriceTransform());
    r.register("2.3", DeviceType.ESME, new DebtTransform());
    r.register("1.5", DeviceType.ESME, new MeterBalanceTransform());
    r.register("1.7", DeviceType.ESME, fixedAction("ECS05", SCRIPT_TABLE, TariffScripts.SCRIPT_TABLE, 1,
        DlmsData.longUnsigned(TariffScripts.RESET_BLOCK_COUNTERS)));
    r.register("2.5", DeviceType.ESME,
        fixedAction("ECS09", CREDIT, obis(0, 0, 19, 10, 1, 255), 3, DlmsData.integer(0)));

    // display and configuration writes
    r.register("3.1", DeviceType.ESME, new DisplayMessageTransform());
    r.register("3.2", DeviceType.ESME, new ChangeOfTenancyTransform());
    r.register("3.3", DeviceType.ESME, new ClearEventLogTransform());
    r.register("3.4", DeviceType.ESME, new SupplierContactTransform());
    r.register("3.5", DeviceType.ESME, new FixedDlmsCommandTransform("ECS14",
        new AccessRequestContent().set(DATA, obis(0, 0, 94, 44, 3, 1), 2, DlmsData.octetString(new byte[0]))));

    // registers
    r.register("4.1.1", DeviceType.ESME, new ReadInstantaneousImportRegistersTransform());
    r.register("4.1.2", DeviceType.ESME, protectedRead("ECS17d", 9, attribute(DATA, obis(0, 0, 94, 44, 34, 1), 2)));
    r.register("4.1.3", DeviceType.ESME, protectedRead("ECS17e", 10, attribute(DATA, obis(0, 0, 94, 44, 34, 2), 2)));
    r.register("4.2", DeviceType.ESME, reads("ECS17a",
        attribute(REGISTER, obis(1, 0, 2, 8, 0, 255), 2), attribute(REGISTER, obis(1, 0, 2, 8, 0, 255), 3),
        attribute(REGISTER, obis(1, 0, 4, 8, 0, 255), 2), attribute(REGISTER, obis(1, 0, 4, 8, 0, 255), 3)));
    r.register("4.3", DeviceType.ESME, protectedRead("ECS19", 1, attribute(DATA, obis(0, 0, 94, 44, 34, 30), 2)));
    r.register("4.16", DeviceType.ESME, reads("ECS17c", attribute(DATA, obis(0, 0, 94, 44, 34, 20), 2)));
    r.register("4.12.1", DeviceType.ESME, reads("ECS18b",
        attribute(DATA, obis(0, 0, 94, 44, 5, 0), 2), attribute(DATA, obis(0, 0, 94, 44, 5, 1), 2),
        attribute(EXTENDED_REGISTER, obis(1, 0, 1, 6, 0, 255), 2),
        attribute(EXTENDED_REGISTER, obis(1, 0, 1, 6, 0, 255), 3),
        attribute(EXTENDED_REGISTER, obis(1, 0, 1, 6, 0, 255), 5),
        attribute(EXTENDED_REGISTER, obis(1, 0, 1, 6, 1, 255), 2),
        attribute(EXTENDED_REGISTER, obis(1, 0, 1, 6, 1, 255), 3),
        attribute(EXTENDED_REGISTER, obis(1, 0, 1, 6, 1, 255), 5),
        attribute(CLOCK_OR_SCHEDULE, obis(0, 0, 12, 0, 0, 255), 2)));
    r.register("4.12.2", DeviceType.ESME, reads("ECS18a",
        attribute(DATA, obis(0, 0, 94, 44, 5, 2), 2),
        attribute(EXTENDED_REGISTER, obis(1, 0, 2, 6, 0, 255), 2),
        attribute(EXTENDED_REGISTER, obis(1, 0, 2, 6, 0, 255), 3),
        attribute(EXTENDED_REGISTER, obis(1, 0, 2, 6, 0, 255), 5)));

    // logs and profiles, between the ReadLogPeriod's start and end
    r.register("4.4.2", DeviceType.ESME, rangedProtectedRead("ECS20b", 3, obis(0, 0, 98, 1, 2, 255)));
    r.register("4.4.3", DeviceType.ESME,
        rangedProtectedRead("ECS20c", 2, obis(0, 0, 98, 1, 0, 255), obis(0, 0, 98, 1, 1, 255)));
    r.register("4.4.4", DeviceType.ESME, new LogRangeReadTransform("ECS20a", obis(0, 0, 98, 1, 4, 255)));
    r.register("4.4.5", DeviceType.ESME, new LogRangeReadTransform("ECS20d", obis(0, 0, 98, 1, 5, 255)));
    r.register("4.6.1", DeviceType.ESME, rangedProtectedRead("ECS21a", 5, obis(0, 0, 98, 1, 9, 255)));
    r.register("4.6.2", DeviceType.ESME, new LogRangeReadTransform("ECS21c", obis(0, 0, 98, 1, 10, 255)));
    r.register("4.8.1", DeviceType.ESME, rangedProtectedRead("ECS22b", 7, obis(0, 0, 99, 1, 0, 255)));
    r.register("4.14", DeviceType.ESME, rangedProtectedRead("ECS21b", 6, obis(0, 0, 98, 1, 8, 255)));
    r.register("4.8.2", DeviceType.ESME, new LogRangeReadTransform("ECS22c", obis(0, 0, 99, 1, 2, 255)));
    r.register("4.8.3", DeviceType.ESME, new LogRangeReadTransform("ECS22a", obis(0, 0, 99, 1, 1, 255)));

    // tariff and prepayment configuration reads
    r.register("4.11.1", DeviceType.ESME, reads("ECS24",
        attribute(REGISTER, obis(0, 0, 94, 44, 1, 7), 2), attribute(REGISTER, obis(0, 0, 94, 44, 1, 7), 3),
        attribute(ACTIVITY_CALENDAR, obis(0, 0, 13, 0, 0, 255), 3),
        attribute(ACTIVITY_CALENDAR, obis(0, 0, 13, 0, 0, 255), 4),
        attribute(ACTIVITY_CALENDAR, obis(0, 0, 13, 0, 0, 255), 5),
        attribute(SPECIAL_DAYS, obis(0, 0, 11, 0, 0, 255), 2),
        attribute(REGISTER_MONITOR, obis(0, 0, 16, 0, 11, 255), 2),
        attribute(REGISTER_MONITOR, obis(0, 0, 16, 0, 12, 255), 2),
        attribute(REGISTER_MONITOR, obis(0, 0, 16, 0, 13, 255), 2),
        attribute(REGISTER_MONITOR, obis(0, 0, 16, 0, 14, 255), 2),
        attribute(REGISTER_MONITOR, obis(0, 0, 16, 0, 15, 255), 2),
        attribute(REGISTER_MONITOR, obis(0, 0, 16, 0, 16, 255), 2),
        attribute(REGISTER_MONITOR, obis(0, 0, 16, 0, 17, 255), 2),
        attribute(REGISTER_MONITOR, obis(0, 0, 16, 0, 18, 255), 2),
        attribute(GB_EXTENDED, obis(0, 0, 94, 44, 2, 0), 2),
        attribute(CHARGE, obis(0, 0, 19, 20, 4, 255), 5),
        attribute(CHARGE, obis(0, 0, 19, 20, 0, 255), 5)));
    r.register("4.11.2", DeviceType.ESME, reads("ECS24b",
        attribute(CHARGE, obis(0, 0, 19, 20, 5, 255), 5),
        attribute(REGISTER, obis(0, 0, 94, 44, 1, 8), 2), attribute(REGISTER, obis(0, 0, 94, 44, 1, 8), 3),
        attribute(SPECIAL_DAYS, obis(0, 0, 11, 0, 1, 255), 2),
        attribute(ACTIVITY_CALENDAR, obis(0, 0, 13, 0, 1, 255), 3),
        attribute(ACTIVITY_CALENDAR, obis(0, 0, 13, 0, 1, 255), 4),
        attribute(ACTIVITY_CALENDAR, obis(0, 0, 13, 0, 1, 255), 5)));
    r.register("4.13", DeviceType.ESME, reads("ECS26a",
        attribute(CHARGE, obis(0, 0, 19, 20, 1, 255), 5),
        attribute(SPECIAL_DAYS, obis(0, 0, 11, 0, 2, 255), 2),
        attribute(CHARGE, obis(0, 0, 19, 20, 1, 255), 8),
        attribute(CHARGE, obis(0, 0, 19, 20, 1, 255), 5),
        attribute(CHARGE, obis(0, 0, 19, 20, 2, 255), 5),
        attribute(CHARGE, obis(0, 0, 19, 20, 2, 255), 8),
        attribute(CHARGE, obis(0, 0, 19, 20, 2, 255), 5),
        attribute(CHARGE, obis(0, 0, 19, 20, 3, 255), 13),
        attribute(GB_EXTENDED, obis(0, 0, 94, 44, 2, 10), 2),
        attribute(REGISTER_MONITOR, obis(0, 0, 16, 0, 1, 255), 2),
        attribute(GB_EXTENDED, obis(0, 0, 94, 44, 2, 20), 2),
        attribute(ACCOUNT, obis(0, 0, 19, 0, 0, 255), 16),
        attribute(ACCOUNT, obis(0, 0, 19, 0, 0, 255), 18),
        attribute(ACCOUNT, obis(0, 0, 19, 0, 0, 255), 19),
        attribute(CREDIT, obis(0, 0, 19, 10, 1, 255), 9),
        attribute(CREDIT, obis(0, 0, 19, 10, 1, 255), 10),
        attribute(CLOCK_OR_SCHEDULE, obis(0, 0, 12, 0, 1, 255), 2),
        attribute(ACCOUNT, obis(0, 0, 19, 0, 0, 255), 11)));
    r.register("6.2.2", DeviceType.ESME, reads("ECS26c",
        attribute(DATA, obis(0, 0, 94, 44, 0, 0), 2), attribute(DATA, obis(0, 0, 94, 44, 0, 2), 2),
        attribute(DATA, obis(0, 0, 94, 44, 0, 1), 2)));
    r.register("6.2.5", DeviceType.ESME, reads("ECS26f", attribute(REGISTER_MONITOR, obis(0, 0, 16, 0, 0, 255), 2)));
    r.register("1.6", DeviceType.ESME, DeviceVariantChoice.byEsmeElements(
        new PaymentModeTransform(false), new PaymentModeTransform(true), new PaymentModeTransform(false)));
    r.register("2.1", DeviceType.ESME, DeviceVariantChoice.byGbcsVersion(DeviceType.ESME,
        new PrepaymentConfigurationTransform("ECS08"), new PrepaymentConfigurationTransform("ECS08a")));
    r.register("4.10", DeviceType.ESME, DeviceVariantChoice.byEsmeElements(new VoltageOperationalDataTransform(false),
        new VoltageOperationalDataTransform(false), new VoltageOperationalDataTransform(true)));
    r.register("6.2.1", DeviceType.ESME, DeviceVariantChoice.byEsmeElements(EsmeVariantReads.voltageConfiguration(false),
        EsmeVariantReads.voltageConfiguration(false), EsmeVariantReads.voltageConfiguration(true)));
    r.register("6.2.3", DeviceType.ESME, DeviceVariantChoice.byGbcsVersion(DeviceType.ESME,
        EsmeVariantReads.billingCalendar(false), EsmeVariantReads.billingCalendar(true)));
    r.register("6.2.4", DeviceType.ESME, DeviceVariantChoice.byGbcsVersion(DeviceType.ESME,
        EsmeVariantReads.identity(false), EsmeVariantReads.identity(true)));
    r.register("6.2.4", DeviceType.CHF, DeviceVariantChoice.byGbcsVersion(DeviceType.CHF,
        EsmeVariantReads.commsHubIdentity(false), EsmeVariantReads.commsHubIdentity(true)));
    r.register("6.2.10", DeviceType.ESME, new AlertBehaviourReadTransform());
    r.register("6.2.9", DeviceType.ESME, reads("ECS26j", attribute(ACCOUNT, obis(0, 0, 19, 0, 0, 255), 2)));
  }

  private static DeviceCommandTransform reads(String useCase, CosemDescriptor... attributes) {
    return new AttributeReadTransform(useCase, List.of(attributes));
  }

  private static DeviceCommandTransform fixedAction(
      String useCase, int classId, ObisCode instance, int method, DlmsData parameter) {
    return new FixedDlmsCommandTransform(useCase, new AccessRequestContent().action(classId, instance, method, parameter));
  }

  /** A read of attribute 2 of sensitive objects through data protection object 0-0:43.2.{@code e}.255. */
  private static DeviceCommandTransform protectedRead(String useCase, int e, CosemDescriptor... attributes) {
    return new ProtectedReadTransform(useCase, obis(0, 0, 43, 2, e, 255), List.of(attributes), false);
  }

  private static DeviceCommandTransform rangedProtectedRead(String useCase, int e, ObisCode... logs) {
    List<CosemDescriptor> buffers = java.util.Arrays.stream(logs).map(l -> attribute(PROFILE, l, 2)).toList();
    return new ProtectedReadTransform(useCase, obis(0, 0, 43, 2, e, 255), buffers, true);
  }
}
