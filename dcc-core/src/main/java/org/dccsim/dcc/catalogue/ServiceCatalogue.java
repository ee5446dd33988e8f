package org.dccsim.dcc.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 129 Service Reference Variants of DUIS 5.4, kept in dccsim's own table
 * ({@code service-reference-variants.tsv} beside this class).
 */
public final class ServiceCatalogue {

  private static final String RESOURCE = "service-reference-variants.tsv";

  private final Map<String, ServiceReferenceVariant> byVariant;

  private ServiceCatalogue(Map<String, ServiceReferenceVariant> byVariant) {
    this.byVariant = Collections.unmodifiableMap(byVariant);
  }

  /** The DUIS 5.4 catalogue shipped with dccsim. */
  public static ServiceCatalogue duis54() {
    return Holder.DUIS_54;
  }

  public Optional<ServiceReferenceVariant> find(String variant) {
    return Optional.ofNullable(byVariant.get(variant));
  }

  public Collection<ServiceReferenceVariant> all() {
    return byVariant.values();
  }

  private static final class Holder {
    static final ServiceCatalogue DUIS_54 = load();
  }

  private static ServiceCatalogue load() {
    Map<String, ServiceReferenceVariant> rows = new LinkedHashMap<>();
    try (InputStream in = ServiceCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        ServiceReferenceVariant srv = parse(line, lineNo);
        if (rows.put(srv.variant(), srv) != null) {
          throw new IllegalStateException(RESOURCE + ":" + lineNo + ": duplicate " + srv.variant());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ServiceCatalogue(rows);
  }

  private static ServiceReferenceVariant parse(String line, int lineNo) {
    String[] f = line.split("\t", -1);
    if (f.length != 10) {
      throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected 10 columns, got " + f.length);
    }
    EnumSet<UserRole> roles = EnumSet.noneOf(UserRole.class);
    if (!f[7].equals("-")) {
      for (String code : f[7].split(",")) {
        roles.add(
            UserRole.fromCode(code)
                .orElseThrow(() -> new IllegalStateException(RESOURCE + ":" + lineNo + ": role " + code)));
      }
    }
    return new ServiceReferenceVariant(
        f[0], f[1], f[9], yes(f[2]), yes(f[3]), yes(f[4]), yes(f[5]),
        FutureDatedPattern.valueOf(f[6]), roles, f[8]);
  }

  private static boolean yes(String flag) {
    return flag.equals("Y");
  }
}
