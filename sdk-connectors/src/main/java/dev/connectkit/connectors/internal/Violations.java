package dev.connectkit.connectors.internal;

import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorValidationException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects every broken rule, then throws them together. */
public final class Violations {
  private final List<ConfigViolation> list = new ArrayList<>();

  public void add(ConfigViolation violation) {
    list.add(violation);
  }

  public void addAll(List<ConfigViolation> violations) {
    list.addAll(violations);
  }

  public void missing(String property, String expected) {
    list.add(ConfigViolation.missing(property, expected));
  }

  public void invalid(String property, String rule, @Nullable String value, String expected) {
    list.add(ConfigViolation.of(property, rule, value, expected));
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<ConfigViolation> list() {
    return List.copyOf(list);
  }

  /** Throws a {@link ConnectorValidationException} listing every violation, if there is any. */
  public void throwIfAny(String subject) {
    if (!list.isEmpty()) {
      throw new ConnectorValidationException(subject, list);
    }
  }
}
