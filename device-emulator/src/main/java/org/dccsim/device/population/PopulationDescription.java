package org.dccsim.device.population;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dccsim.device.esme.EsmeVariant;
import org.dccsim.device.esme.PrepaymentTariff;
import org.dccsim.device.CspRegion;
import org.dccsim.device.JsonNames;
import org.dccsim.smki.Eui64;

/**
 * What a population is made of: how many premises, the fuel mix, ESME variants, CSP regions, the
 * share of premises with a PPMID, IHD or HCALCS, in prepayment, or installed without WAN, and a
 * seed. Each premises' make-up ({@link #profile}) is drawn from these shares by a hash of the seed
 * and its index, so a description always gives the same population.
 *
 * <p>Written as JSON (every field optional; defaults as {@link #ofPremises}):
 *
 * <pre>
 * {"premises": 1000000,
 *  "fuel": {"dual": 0.7, "electricityOnly": 0.25, "gasOnly": 0.05},
 *  "esmeVariants": {"singleElement": 0.9, "twinElement": 0.07, "polyphase": 0.03},
 *  "regions": {"north": 0.3, "central": 0.35, "south": 0.35},
 *  "ppmid": 0.2, "ihd": 1.0, "hcalcs": 0.01, "prepayment": 0.15, "noWan": 0.001,
 *  "seed": 42, "euiPrefix": "02-DC-C5-00-00-00-00-00",
 *  "prepaymentTariff": {"unitRatePence": 25, "standingChargePence": 50, "openingCreditPounds": 10}}
 * </pre>
 *
 * <p>The prepayment meters start with {@code prepaymentTariff} ({@link PrepaymentTariff#DEFAULT}
 * unless given; null: none, they charge nothing until a supplier sets a tariff).
 */
public record PopulationDescription(
    long premises,
    Weights<Fuel> fuel,
    Weights<EsmeVariant> esmeVariants,
    Weights<CspRegion> regions,
    double ppmidShare,
    double ihdShare,
    double hcalcsShare,
    double prepaymentShare,
    double noWanShare,
    long seed,
    long euiPrefix,
    PrepaymentTariff prepaymentTariff) {

  private static final Set<String> FIELDS = Set.of("premises", "fuel", "esmeVariants", "regions", "ppmid", "ihd",
      "hcalcs", "prepayment", "noWan", "seed", "euiPrefix", "prepaymentTariff");
  private static final Set<String> TARIFF_FIELDS = Set.of("unitRatePence", "standingChargePence",
      "openingCreditPounds");

  public PopulationDescription {
    if (premises < 0) {
      throw new IllegalArgumentException("premises must be ≥ 0, not " + premises);
    }
    for (double share : new double[] {ppmidShare, ihdShare, hcalcsShare, prepaymentShare, noWanShare}) {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("shares are between 0 and 1, not " + share);
      }
    }
    new EuiPlan(euiPrefix, premises); // validates the prefix and the count
  }

  /**
   * {@code premises} premises, each with a Comms Hub, a single-element ESME, a GSME, a GPF, a PPMID
   * and an IHD, in credit mode, spread evenly over the three CSP regions.
   */
  public static PopulationDescription ofPremises(long premises) {
    return new PopulationDescription(premises, Weights.only(Fuel.DUAL), Weights.only(EsmeVariant.SINGLE_ELEMENT),
        Weights.of(Map.of(CspRegion.NORTH, 1.0, CspRegion.CENTRAL, 1.0, CspRegion.SOUTH, 1.0)),
        1.0, 1.0, 0.0, 0.0, 0.0, 1, EuiPlan.DEFAULT_PREFIX, PrepaymentTariff.DEFAULT);
  }

  public PopulationDescription withPremises(long count) {
    return new PopulationDescription(count, fuel, esmeVariants, regions, ppmidShare, ihdShare, hcalcsShare,
        prepaymentShare, noWanShare, seed, euiPrefix, prepaymentTariff);
  }

  public EuiPlan euiPlan() {
    return new EuiPlan(euiPrefix, premises);
  }

  /** The make-up of premises {@code index}. */
  public PremisesProfile profile(long index) {
    Fuel f = fuel.pick(draw(index, 1));
    return new PremisesProfile(
        index,
        regions.pick(draw(index, 2)),
        f,
        f.electricity() ? esmeVariants.pick(draw(index, 3)) : null,
        chance(index, 4, ppmidShare),
        chance(index, 5, ihdShare),
        chance(index, 6, hcalcsShare),
        chance(index, 7, prepaymentShare),
        chance(index, 8, noWanShare));
  }

  // ------------------------------------------------------------------ JSON

  /**
   * Reads a description from JSON.
   *
   * @throws IllegalArgumentException naming the field at fault
   */
  public static PopulationDescription fromJson(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a population description is a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown field \"" + name + "\"; known: " + FIELDS);
      }
    }
    PopulationDescription d = ofPremises(0);
    return new PopulationDescription(
        longField(root, "premises", 0),
        weights(root, "fuel", Fuel.class, d.fuel()),
        weights(root, "esmeVariants", EsmeVariant.class, d.esmeVariants()),
        weights(root, "regions", CspRegion.class, d.regions()),
        share(root, "ppmid", d.ppmidShare()),
        share(root, "ihd", d.ihdShare()),
        share(root, "hcalcs", d.hcalcsShare()),
        share(root, "prepayment", d.prepaymentShare()),
        share(root, "noWan", d.noWanShare()),
        longField(root, "seed", d.seed()),
        root.has("euiPrefix") ? Eui64.parse(root.get("euiPrefix").asText()).value() : d.euiPrefix(),
        tariff(root, d.prepaymentTariff()));
  }

  /** "prepaymentTariff": an object of the three prices (each optional), or null for none. */
  private static PrepaymentTariff tariff(JsonNode root, PrepaymentTariff dflt) {
    if (!root.has("prepaymentTariff")) {
      return dflt;
    }
    JsonNode n = root.get("prepaymentTariff");
    if (n.isNull()) {
      return null;
    }
    if (!n.isObject()) {
      throw new IllegalArgumentException("\"prepaymentTariff\" must be an object or null");
    }
    for (Iterator<String> names = n.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!TARIFF_FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown field \"prepaymentTariff." + name + "\"; known: " + TARIFF_FIELDS);
      }
      if (!n.get(name).isNumber()) {
        throw new IllegalArgumentException("\"prepaymentTariff." + name + "\" must be a number");
      }
    }
    return new PrepaymentTariff(n.path("unitRatePence").asDouble(dflt.unitRatePence()),
        n.path("standingChargePence").asDouble(dflt.standingChargePence()),
        n.path("openingCreditPounds").asDouble(dflt.openingCreditPounds()));
  }

  public static PopulationDescription fromFile(Path file) throws IOException {
    return fromJson(Files.readString(file));
  }

  private static long longField(JsonNode root, String name, long dflt) {
    JsonNode n = root.get(name);
    if (n == null) {
      return dflt;
    }
    if (!n.canConvertToLong() || !n.isIntegralNumber()) {
      throw new IllegalArgumentException("\"" + name + "\" must be a whole number, not " + n);
    }
    return n.asLong();
  }

  private static double share(JsonNode root, String name, double dflt) {
    JsonNode n = root.get(name);
    if (n == null) {
      return dflt;
    }
    if (!n.isNumber() || n.asDouble() < 0 || n.asDouble() > 1) {
      throw new IllegalArgumentException("\"" + name + "\" must be a share between 0 and 1, not " + n);
    }
    return n.asDouble();
  }

  private static <E extends Enum<E>> Weights<E> weights(JsonNode root, String name, Class<E> type, Weights<E> dflt) {
    JsonNode n = root.get(name);
    if (n == null) {
      return dflt;
    }
    if (!n.isObject()) {
      throw new IllegalArgumentException("\"" + name + "\" must be an object of weights");
    }
    Function<String, E> byJsonName = key -> {
      E e = JsonNames.find(type, key);
      if (e == null) {
        throw new IllegalArgumentException("\"" + name + "\" has no \"" + key + "\"");
      }
      return e;
    };
    Map<E, Double> m = new EnumMap<>(type);
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNumber() || e.getValue().asDouble() < 0) {
        throw new IllegalArgumentException("\"" + name + "." + e.getKey() + "\" must be a weight ≥ 0");
      }
      m.put(byJsonName.apply(e.getKey()), e.getValue().asDouble());
    }
    return Weights.of(m);
  }

  // ------------------------------------------------------------------ draws

  private boolean chance(long index, int salt, double share) {
    return share >= 1 || (share > 0 && ((draw(index, salt) >>> 11) * 0x1.0p-53) < share);
  }

  /** A uniform 64-bit number for one aspect ({@code salt}) of one premises. */
  private long draw(long index, int salt) {
    long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + salt * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
