package dev.connectkit;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Which connectors a {@link Watch} follows: one, a set, a predicate on names, or all in the client's scope.
 *
 * <!-- example: ConnectorClient client; WatchListener listener; String sinkName; String sourceName -->
 * <pre>{@code
 * client.watch(WatchSelector.name("sales-dev-orders-connector"), listener);
 * client.watch(WatchSelector.names(sinkName, sourceName), listener);
 * client.watch(WatchSelector.matching(n -> n.contains("-snowflake-")), listener);
 * client.watch(WatchSelector.all(), listener);
 * }</pre>
 */
public final class WatchSelector {
  private static final WatchSelector ALL = new WatchSelector(name -> true, "all", null);

  private final Predicate<String> predicate;
  private final String description;
  private final @Nullable Set<String> names;

  private WatchSelector(Predicate<String> predicate, String description, @Nullable Set<String> names) {
    this.predicate = predicate;
    this.description = description;
    this.names = names;
  }

  /** Every connector in the client's scope. */
  public static WatchSelector all() {
    return ALL;
  }

  /** The connector with this full name. */
  public static WatchSelector name(String name) {
    Objects.requireNonNull(name, "name");
    return new WatchSelector(name::equals, name, Set.of(name));
  }

  /** The connectors with these full names. */
  public static WatchSelector names(String... names) {
    Set<String> set = Set.copyOf(Arrays.asList(names));
    return new WatchSelector(set::contains, Arrays.toString(names), set);
  }

  /** The connectors whose full name matches {@code predicate}. */
  public static WatchSelector matching(Predicate<String> predicate) {
    return new WatchSelector(Objects.requireNonNull(predicate, "predicate"), "matching", null);
  }

  /** The exact names selected, or null when the selector is a predicate (or all): the poller indexes the former. */
  @Nullable Set<String> exactNames() {
    return names;
  }

  /** Whether the connector named {@code name} is selected. */
  public boolean test(String name) {
    return predicate.test(name);
  }

  @Override
  public String toString() {
    return "WatchSelector{" + description + "}";
  }
}
