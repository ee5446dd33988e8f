package org.dccsim.device.gsme;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.UtrnAcceptance;
import org.dccsim.device.zcl.ZclCommandRef;
import org.dccsim.device.zcl.ZclContext;
import org.dccsim.device.zcl.ZclEngine;
import org.dccsim.device.zcl.ZclFailure;
import org.dccsim.device.zcl.ZclResponse;
import org.dccsim.device.zcl.ZclStatus;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.PrepaymentCommands.ConsumerTopUpResponse;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * Consumer Top Up (CS01b remotely, PCS01 from a PPMID or the meter's keypad): the code is a UTRN
 * the meter accepts as {@link UtrnAcceptance} says (MAC, duplicate, counter), within the maximum
 * credit per top-up. An accepted top-up adds its value to the credit; a refused one answers -1 for
 * value and credit, as the RTDS shows.
 */
final class TopUp {

  static final int ACCEPTED = 0x00;
  static final int REJECTED_INVALID = 0x01;
  static final int REJECTED_DUPLICATE = 0x02;
  static final int REJECTED_TOO_LARGE = 0x06;

  private TopUp() {}

  /** How many accepted top-ups a meter keeps in its log [?: GBCS's log size not checked]. */
  static final int LOG_SIZE = 5;

  static void define(ZclEngine.Builder<Gsme> m) {
    m.command(ZclCommandRef.toServer(GasAttributes.PREPAYMENT, 0x04),
        GasCommands.<Gsme, PrepaymentCommands.ConsumerTopUp>replying((d, c, x) ->
            List.of(new ZclResponse(topUp(d, c, x), false))));
    // Get Top Up Log (GCS15e): the newest accepted top-ups up to the latest end time asked for
    m.query(ZclCommandRef.toServer(GasAttributes.PREPAYMENT, 0x08),
        GasCommands.<Gsme, PrepaymentCommands.GetTopUpLog>replying((d, c, x) -> {
          List<PrepaymentCommands.TopUpRecord> records = new ArrayList<>();
          List<PrepaymentCommands.TopUpRecord> log = d.topUpLog();
          for (int i = log.size() - 1; i >= 0 && records.size() < c.numberOfRecords(); i--) {
            if (log.get(i).topUpTime().seconds() <= c.latestEndTime().seconds()) {
              records.add(log.get(i));
            }
          }
          if (records.isEmpty()) {
            throw new ZclFailure(ZclStatus.NOT_FOUND, "no top-up up to " + c.latestEndTime());
          }
          return List.of(new ZclResponse(new PrepaymentCommands.PublishTopUpLog(0, 1, records), true));
        }));
  }

  private static ConsumerTopUpResponse topUp(Gsme meter, PrepaymentCommands.ConsumerTopUp command,
      ZclContext<Gsme> context) throws ZclFailure {
    int source = command.originatingDevice();
    UtrnAcceptance.Result checked =
        UtrnAcceptance.check(meter, command.topUpCode(), meter.utrnCounter(), context.services());
    if (!checked.accepted()) {
      return refused(checked.verdict() == UtrnAcceptance.Verdict.DUPLICATE ? REJECTED_DUPLICATE : REJECTED_INVALID,
          source);
    }
    long amount = checked.utrn().amount(GasCommands.UNITS_PER_POUND);
    long maxPerTopUp = context.readLong(GasAttributes.MAX_CREDIT_PER_TOP_UP);
    if (maxPerTopUp != 0 && amount > maxPerTopUp) {
      return refused(REJECTED_TOO_LARGE, source);
    }
    long credit = GasCommands.signed(context.readLong(GasAttributes.CREDIT_REMAINING)) + amount;
    context.write(GasAttributes.CREDIT_REMAINING, credit & 0xFFFFFFFFL);
    meter.setUtrnCounter(checked.counter());
    meter.logTopUp(new PrepaymentCommands.TopUpRecord(command.topUpCode(), (int) amount,
        ZclUtcTime.of(context.now())), LOG_SIZE);
    return new ConsumerTopUpResponse(ACCEPTED, (int) amount, source, (int) credit);
  }

  private static ConsumerTopUpResponse refused(int result, int source) {
    return new ConsumerTopUpResponse(result, -1, source, -1);
  }
}
