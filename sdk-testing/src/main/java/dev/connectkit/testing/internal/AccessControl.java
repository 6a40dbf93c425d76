package dev.connectkit.testing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Bearer tokens and the business units each is granted ({@code *}: all). */
public final class AccessControl {
  public static final String ALL = "*";

  private final Map<String, Set<String>> initial;
  private final Map<String, Set<String>> grants = new LinkedHashMap<>();

  public AccessControl(Map<String, Set<String>> initial) {
    this.initial = Map.copyOf(initial);
    grants.putAll(initial);
  }

  public synchronized void grant(String token, Set<String> businessUnits) {
    grants.put(token, Set.copyOf(businessUnits));
  }

  public synchronized void revoke(String token) {
    grants.remove(token);
  }

  public synchronized void reset() {
    grants.clear();
    grants.putAll(initial);
  }

  /** The business units of {@code token}, or null when the token is not valid. */
  public synchronized @Nullable Set<String> businessUnits(String token) {
    return grants.get(token);
  }

  public static boolean allows(Set<String> granted, String businessUnit) {
    return granted.contains(ALL) || granted.contains(businessUnit);
  }
}
