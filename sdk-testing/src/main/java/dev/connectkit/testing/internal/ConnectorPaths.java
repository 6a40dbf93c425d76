package dev.connectkit.testing.internal;

import dev.connectkit.testing.Route;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The routes every target spells the same way: validate, the connector collection and one connector. */
final class ConnectorPaths {
  private ConnectorPaths() {}

  /**
   * The route of {@code rest} (the path below the scope, {@code n} segments without a trailing slash) when it is one
   * of the shared ones; null otherwise, also for a path deeper than {@code connectors/{name}}.
   */
  static @Nullable Route shared(String method, List<String> rest, int n) {
    if (n == 4 && rest.get(0).equals("connector-plugins") && rest.get(2).equals("config")
        && rest.get(3).equals("validate")) {
      return method.equals("PUT") ? Route.VALIDATE : null;
    }
    if (n == 0 || n > 2 || !rest.get(0).equals("connectors")) {
      return null;
    }
    if (n == 1) {
      return method.equals("GET") ? Route.LIST : method.equals("POST") ? Route.CREATE : null;
    }
    return method.equals("GET") ? Route.GET : method.equals("DELETE") ? Route.DELETE : null;
  }

  /** Whether {@code rest} is below {@code connectors/{name}}. */
  static boolean belowConnector(List<String> rest, int n) {
    return n >= 3 && rest.get(0).equals("connectors");
  }
}
