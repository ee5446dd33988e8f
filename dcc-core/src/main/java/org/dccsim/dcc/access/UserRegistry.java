package org.dccsim.dcc.access;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dccsim.smki.Eui64;

/** The Users the DCC knows, by User ID. Thread-safe. */
public final class UserRegistry {

  private final ConcurrentHashMap<Eui64, User> users = new ConcurrentHashMap<>();

  public void register(User user) {
    users.put(user.id(), user);
  }

  public Optional<User> find(Eui64 id) {
    return Optional.ofNullable(users.get(id));
  }

  public Collection<User> all() {
    return Collections.unmodifiableCollection(users.values());
  }
}
