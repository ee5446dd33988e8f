package org.dccsim.device.fault;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dccsim.device.CspRegion;
import org.dccsim.smki.Eui64;

/**
 * Which premises an event strikes: those of a CSP region, a range of population premises, or the
 * premises of named Comms Hubs; the region and the range may be combined (the premises of the
 * range that lie in the region).
 *
 * @param region only premises in this region, if present
 * @param fromPremises first population premises index, inclusive
 * @param toPremises last population premises index, exclusive ({@code Long.MAX_VALUE}: all)
 * @param commsHubs the premises of these Comms Hubs (population or added premises); when not
 *     empty, the region and range are not used
 */
public record PremisesSelection(Optional<CspRegion> region, long fromPremises, long toPremises, List<Eui64> commsHubs) {

  public PremisesSelection {
    Objects.requireNonNull(region, "region");
    commsHubs = List.copyOf(commsHubs);
    if (fromPremises < 0 || toPremises < fromPremises) {
      throw new IllegalArgumentException("a premises range needs 0 ≤ from ≤ to, not " + fromPremises + "-" + toPremises);
    }
  }

  public static PremisesSelection all() {
    return new PremisesSelection(Optional.empty(), 0, Long.MAX_VALUE, List.of());
  }

  public static PremisesSelection region(CspRegion r) {
    return new PremisesSelection(Optional.of(r), 0, Long.MAX_VALUE, List.of());
  }

  public static PremisesSelection range(long from, long to) {
    return new PremisesSelection(Optional.empty(), from, to, List.of());
  }

  public static PremisesSelection commsHubs(List<Eui64> hubs) {
    return new PremisesSelection(Optional.empty(), 0, Long.MAX_VALUE, hubs);
  }

  public PremisesSelection inRegion(CspRegion r) {
    return new PremisesSelection(Optional.of(r), fromPremises, toPremises, commsHubs);
  }

  @Override
  public String toString() {
    if (!commsHubs.isEmpty()) {
      return "the premises of " + commsHubs;
    }
    String range = toPremises == Long.MAX_VALUE ? (fromPremises == 0 ? "all premises" : "premises " + fromPremises + "-")
        : "premises " + fromPremises + "-" + (toPremises - 1);
    return region.map(r -> range + " in " + r).orElse(range);
  }
}
