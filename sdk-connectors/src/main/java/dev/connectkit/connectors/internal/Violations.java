package dev.connectkit.connectors.internal;

import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorValidationException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects every broken rule, then throws them together. */
public final class Violations {
  /** Made with the first violation: a valid config needs none. */
  private @Nullable List<ConfigViolation> list;

  private List<ConfigViolation> list() {
    List<ConfigViolation> l = list;
    if (l == null) {
      l = new ArrayList<>();
      list = l;
    }
    return l;
  }

  /** Adds {@code violation} unless the same one is listed already. */
  public void add(ConfigViolation violation) {
    List<ConfigViolation> l = list();
    if (!l.contains(violation)) {
      l.add(violation);
    }
  }

  public void addAll(List<ConfigViolation> violations) {
    for (ConfigViolation v : violations) {
      add(v);
    }
  }

  /** Adds each of {@code violations} whose property has no violation yet. */
  public void addAllNew(List<ConfigViolation> violations) {
    List<ConfigViolation> l = list();
    int known = l.size();
    for (ConfigViolation v : violations) {
      boolean seen = false;
      for (int i = 0; i < known && !seen; i++) {
        seen = l.get(i).property().equals(v.property());
      }
      if (!seen && !l.contains(v)) {
        l.add(v);
      }
    }
  }

  public void missing(String property, String expected) {
    add(ConfigViolation.missing(property, expected));
  }

  public void invalid(String property, String rule, @Nullable String value, String expected) {
    add(ConfigViolation.of(property, rule, value, expected));
  }

  public boolean isEmpty() {
    return list == null || list.isEmpty();
  }

  /** Throws a {@link ConnectorValidationException} listing every violation, if there is any. */
  public void throwIfAny(String subject) {
    if (list != null && !list.isEmpty()) {
      throw new ConnectorValidationException(subject, list);
    }
  }
}
