package org.dccsim.gbcs.usecase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.RemotePartyRole;

/**
 * The GBCS use cases dccsim knows (every one the RTDS 4.5.0 uses), from its own table
 * {@code use-cases.txt}. Together with {@link MessageCodes} it says what a message code means.
 */
public final class UseCases {

  private static final String RESOURCE = "use-cases.txt";
  private static final UseCases STANDARD = load();

  private final Map<String, UseCase> byId;

  private UseCases(Map<String, UseCase> byId) {
    this.byId = byId;
  }

  public static UseCases standard() {
    return STANDARD;
  }

  public Optional<UseCase> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The use case of a message code; empty when the code is unknown. */
  public Optional<UseCase> forMessageCode(int code) {
    return MessageCodes.standard().byCode(code).flatMap(c -> find(c.useCase()));
  }

  public Collection<UseCase> all() {
    return byId.values();
  }

  private static UseCases load() {
    Map<String, UseCase> m = new LinkedHashMap<>();
    try (InputStream in = UseCases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": expected 5 columns");
        }
        EnumSet<DeviceType> types = EnumSet.noneOf(DeviceType.class);
        if (!f[2].equals("-")) {
          for (String t : f[2].split(",")) {
            types.add(DeviceType.valueOf(t));
          }
        }
        EnumSet<RemotePartyRole> senders = EnumSet.noneOf(RemotePartyRole.class);
        if (!f[3].equals("-")) {
          for (String s : f[3].split(",")) {
            // a HAN device (a PPMID) sends some commands to another device; no remote party role
            if (!s.equals("DEVICE")) {
              senders.add(RemotePartyRole.valueOf(s));
            }
          }
        }
        if (m.put(f[0], new UseCase(f[0], f[1], types, senders, f[4].equals("Y"))) != null) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": duplicate " + f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new UseCases(Map.copyOf(m));
  }
}
