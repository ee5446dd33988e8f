package org.dccsim.device.gsme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.dccsim.device.zcl.ZclCommandRef;
import org.dccsim.device.zcl.ZclDevice;
import org.dccsim.device.zcl.ZclEngine;
import org.dccsim.device.zcl.ZclFailure;
import org.dccsim.device.zcl.ZclResponse;
import org.dccsim.device.zcl.ZclStatus;
import org.dccsim.gbcs.gbz.MeteringCommands;
import org.dccsim.gbcs.gbz.MeteringCommands.GetSampledData;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * Get Sampled Data (GCS17 profile data, GCS18, GCS61 daily consumption) answered from
 * {@link GasConsumptionModel}: consumption per interval, generated on demand and never stored.
 * Sample set 0 is the half-hourly profile, 1 the daily log (its interval written FFFF, as the
 * RTDS does); intervals are whole, ended by the device's time, and start on their boundary at or
 * after the earliest sample time asked for. A meter keeps 13 months of half-hourly profile and
 * 731 days of daily log [?: GBCS's retention as we read it]; a request reaching further back is
 * NOT FOUND, as the RTDS answers one two years back. Other sample sets (started by a User with
 * Start Sampling) are not kept [?].
 */
public final class GasProfiles {

  static final int HALF_HOURLY = 0;
  static final int DAILY = 1;
  private static final int DAILY_INTERVAL_MARKER = 0xFFFF;
  private static final long HALF_HOURLY_RETENTION = 396 * 86_400L;
  private static final long DAILY_RETENTION = 731 * 86_400L;

  private GasProfiles() {}

  public static <D extends ZclDevice> void define(ZclEngine.Builder<D> m, ToLongFunction<D> seed) {
    m.query(ZclCommandRef.toServer(GasAttributes.METERING, 0x08), (d, c, x) -> {
      GetSampledData get = (GetSampledData) c;
      return List.of(new ZclResponse(sampledData(seed.applyAsLong(d), get, x.now()), true));
    });
  }

  static MeteringCommands.GetSampledDataResponse sampledData(long seed, GetSampledData get, Instant now)
      throws ZclFailure {
    long period = switch (get.sampleId()) {
      case HALF_HOURLY -> 1800;
      case DAILY -> 86_400;
      default -> throw new ZclFailure(ZclStatus.NOT_FOUND, "no sample set " + get.sampleId());
    };
    long earliest = get.earliestSampleTime().instant().getEpochSecond();
    long retention = get.sampleId() == DAILY ? DAILY_RETENTION : HALF_HOURLY_RETENTION;
    if (earliest < now.getEpochSecond() - retention) {
      throw new ZclFailure(ZclStatus.NOT_FOUND, "samples from " + get.earliestSampleTime() + " are no longer kept");
    }
    long start = Math.floorDiv(earliest + period - 1, period) * period;
    long complete = Math.floorDiv(now.getEpochSecond() - start, period);
    int count = (int) Math.min(get.numberOfSamples(), Math.max(0, complete));
    if (count == 0) {
      throw new ZclFailure(ZclStatus.NOT_FOUND, "no complete interval since " + get.earliestSampleTime());
    }
    List<Integer> samples = new ArrayList<>(count);
    long previous = GasConsumptionModel.volumeDm3(seed, Instant.ofEpochSecond(start));
    for (int i = 1; i <= count; i++) {
      long next = GasConsumptionModel.volumeDm3(seed, Instant.ofEpochSecond(start + i * period));
      samples.add((int) Math.min(next - previous, 0xFFFFFF));
      previous = next;
    }
    int interval = get.sampleId() == DAILY ? DAILY_INTERVAL_MARKER : (int) period;
    return new MeteringCommands.GetSampledDataResponse(get.sampleId(), ZclUtcTime.of(Instant.ofEpochSecond(start)),
        get.sampleType(), interval, samples);
  }
}
