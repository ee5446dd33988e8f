package org.dccsim.device.esme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.Obis;
import org.dccsim.device.dlms.TimeRange;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The block split of a meter's active import (ECS17e's TOU-with-blocks registers): each stretch of
 * time at a TOU rate (as {@link TouSplit} walks them) adds its energy to that rate's consumption in
 * the block period, and the energy goes to the block that consumption is in, the rate's active
 * block thresholds (0-0:16.0.11 for rate 1 ... 0-0:16.0.18 for rate 8) bounding the blocks. The
 * registers therefore add up to the total import register and none ever goes back.
 *
 * <p>A calendar or block threshold activation first closes the registers under the outgoing
 * settings (kept in a manufacturer attribute of the thresholds' activation object, so in the meter's
 * memory only once it has had a tariff); the incoming settings split only what follows.
 *
 * <p>[?] Choices: register (rate - 1) * 8 + (block - 1), eight blocks per rate for the eight rates
 * (TOU rates above 8 count as rate 1); a threshold is the rate's import in Wh within the block
 * period, 0xFFFFFFFF (unset) bounds nothing; the block period is the calendar month (UTC), each
 * rate's consumption starting again from 0 at its start; what the meter imported before
 * {@link TouSplit#FROM} with no activation since sits in rate 1 block 1.
 */
final class BlockSplit {

  static final int RATES = 8;
  static final int BLOCKS = 8;
  static final int REGISTERS = RATES * BLOCKS;
  /** The block thresholds' activation object; manufacturer attribute: {closed at, [registers], [consumption per rate]}. */
  static final ObisCode ACTIVATION = Obis.of("0-0:63.1.1.255");
  static final int CLOSED = 128;

  private static final long UNSET = 0xFFFF_FFFFL;

  private BlockSplit() {}

  /** Before a calendar or block threshold activation: the registers as the outgoing settings split them. */
  static void close(Esme esme, CosemContext context) throws CosemAccessException {
    CosemEngine<Esme> engine = context.engine();
    State state = split(esme, engine, context.now());
    engine.store(esme, ACTIVATION, CLOSED, DlmsData.structure(
        EsmeObjectModel.u32(TimeRange.secondsSince2000(context.now())), u32s(state.registers), u32s(state.consumption)));
  }

  /**
   * ECS05 Reset Tariff Block Counter Matrix: every rate's consumption in the block period goes back
   * to 0 at {@code context.now()}, so what follows fills the blocks from block 1 again; the
   * registers keep what they hold (closed there, in the same memory an activation uses).
   */
  static void resetCounters(Esme esme, CosemContext context) throws CosemAccessException {
    CosemEngine<Esme> engine = context.engine();
    State state = split(esme, engine, context.now());
    engine.store(esme, ACTIVATION, CLOSED, DlmsData.structure(
        EsmeObjectModel.u32(TimeRange.secondsSince2000(context.now())), u32s(state.registers),
        u32s(new long[RATES])));
  }

  /** The registers at {@code now}, rate 1 block 1 first. */
  static long[] registers(Esme esme, CosemEngine<Esme> engine, Instant now) {
    return split(esme, engine, now).registers;
  }

  private record State(long[] registers, long[] consumption) {}

  private static State split(Esme esme, CosemEngine<Esme> engine, Instant now) {
    long[] registers = new long[REGISTERS];
    long[] consumption = new long[RATES];
    long start = TouSplit.FROM.getEpochSecond();
    if (engine.stored(esme, ACTIVATION, CLOSED) instanceof Structure closed && closed.elements().size() == 3
        && closed.elements().get(0) instanceof IntegerValue at) {
      start = TimeRange.fromSecondsSince2000(at.value()).getEpochSecond();
      fill(registers, closed.elements().get(1));
      fill(consumption, closed.elements().get(2));
    } else {
      registers[0] = esme.activeImportWh(TouSplit.FROM);
    }
    long[][] thresholds = new long[RATES][];
    for (int r = 0; r < RATES; r++) {
      thresholds[r] = thresholds(engine.stored(esme, new ObisCode(0, 0, 16, 0, 11 + r, 255), 2));
    }
    long[] month = {monthStart(start)};
    TouSplit.walk(esme, engine, start, now.getEpochSecond(), (rate, from, to) -> {
      int r = rate >= 1 && rate <= RATES ? rate - 1 : 0;
      long t = from;
      while (t < to) {
        long monthStart = monthStart(t);
        if (monthStart != month[0]) {
          month[0] = monthStart;
          Arrays.fill(consumption, 0); // a new block period
        }
        long until = Math.min(to, nextMonthStart(t));
        long energy = esme.activeImportWh(Instant.ofEpochSecond(until)) - esme.activeImportWh(Instant.ofEpochSecond(t));
        add(registers, consumption, thresholds[r], r, energy);
        t = until;
      }
    });
    return new State(registers, consumption);
  }

  /** Adds {@code energy} at rate index {@code r}: each block takes what fits below its upper threshold. */
  private static void add(long[] registers, long[] consumption, long[] thresholds, int r, long energy) {
    while (energy > 0) {
      int block = 0;
      while (block < thresholds.length && consumption[r] >= thresholds[block]) {
        block++;
      }
      long room = block < thresholds.length && block < BLOCKS - 1 ? thresholds[block] - consumption[r] : energy;
      long taken = Math.min(energy, room);
      registers[r * BLOCKS + Math.min(block, BLOCKS - 1)] += taken;
      consumption[r] += taken;
      energy -= taken;
    }
  }

  /** The set thresholds of one rate, ascending. */
  private static long[] thresholds(DlmsData d) {
    if (!(d instanceof DlmsArray a)) {
      return new long[0];
    }
    return a.elements().stream().filter(e -> e instanceof IntegerValue).mapToLong(e -> ((IntegerValue) e).value())
        .filter(v -> v > 0 && v != UNSET).sorted().toArray();
  }

  private static long monthStart(long epochSecond) {
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400));
    return day.withDayOfMonth(1).toEpochDay() * 86_400;
  }

  private static long nextMonthStart(long epochSecond) {
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400));
    return day.withDayOfMonth(1).plusMonths(1).toEpochDay() * 86_400;
  }

  private static void fill(long[] into, DlmsData values) {
    if (values instanceof DlmsArray a) {
      for (int i = 0; i < into.length && i < a.elements().size(); i++) {
        into[i] = a.elements().get(i) instanceof IntegerValue v ? v.value() : 0;
      }
    }
  }

  private static DlmsData u32s(long[] values) {
    DlmsData[] out = new DlmsData[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = EsmeObjectModel.u32(values[i]);
    }
    return new DlmsArray(List.of(out));
  }
}
