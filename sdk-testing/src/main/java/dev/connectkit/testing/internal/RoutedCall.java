package dev.connectkit.testing.internal;

import dev.connectkit.testing.Route;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * A request as a target read it: the operation, the scope and the path below the scope, or the answer to give at
 * once (401, 403, no such route) without touching the store.
 */
public final class RoutedCall {
  public final RecordedRequest request;
  public final @Nullable Route route;
  public final Scope scope;
  /** The path segments below the scope, e.g. {@code [connectors, orders, pause]}. */
  public final List<String> rest;
  public final @Nullable Reply answer;

  private RoutedCall(
      RecordedRequest request, @Nullable Route route, Scope scope, List<String> rest, @Nullable Reply answer) {
    this.request = request;
    this.route = route;
    this.scope = scope;
    this.rest = rest;
    this.answer = answer;
  }

  static RoutedCall to(RecordedRequest request, Route route, Scope scope, List<String> rest) {
    return new RoutedCall(request, route, scope, rest, null);
  }

  static RoutedCall answered(RecordedRequest request, Reply answer) {
    return new RoutedCall(request, null, new Scope("", "", null), List.of(), answer);
  }

  /** The connector name in the path ({@code connectors/{name}/...}), or empty. */
  String name() {
    return rest.size() > 1 ? rest.get(1) : "";
  }
}
