package dev.connectkit.testing.internal;

import dev.connectkit.testing.Route;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * The Connect v1 route table shared by Self-Service and Confluent Cloud, which differ only in how a request is
 * authenticated and scoped and in the create body ({@code identifier} or {@code name}); the operations are {@link
 * ConnectV1Operations}.
 */
abstract class ConnectV1Routes implements TargetRoutes {
  final ConnectV1Operations ops;

  ConnectV1Routes(Settings settings, ConnectorStore store) {
    this.ops = new ConnectV1Operations(settings, store);
  }

  /** The target's create: its body names the connector its own way. */
  abstract Reply create(Scope scope, @Nullable Object json);

  /** A 404 naming the request and where the operations are described. */
  final RoutedCall noRoute(RecordedRequest request, String hint) {
    return RoutedCall.answered(
        request,
        error(
            404,
            "FakeConnectorApi has no route for " + request.getMethod() + " " + request.getUrl().encodedPath() + ": "
                + hint));
  }

  /** The bearer token of the request, or null. */
  static @Nullable String bearer(RecordedRequest request) {
    String authorization = request.getHeaders().get("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? authorization.substring(7).trim()
        : null;
  }

  /** The 401 for a missing or unknown credential. */
  final RoutedCall unauthenticated(RecordedRequest request, String problem, String scheme) {
    return RoutedCall.answered(request, error(401, problem).header("WWW-Authenticate", scheme));
  }

  @Override
  public final Reply error(int code, String message) {
    return Reply.error(code, message);
  }

  static @Nullable Route route(String method, List<String> rest) {
    int n = rest.size();
    if (n >= 1 && rest.get(n - 1).isEmpty()) {
      n--; // trailing slash
    }
    if (!ConnectorPaths.belowConnector(rest, n)) {
      return ConnectorPaths.shared(method, rest, n);
    }
    String op = rest.get(2);
    if (n == 3) {
      switch (op) {
        case "config":
          return method.equals("GET") ? Route.GET_CONFIG : method.equals("PUT") ? Route.UPDATE_CONFIG : null;
        case "pause":
          return method.equals("PUT") ? Route.PAUSE : null;
        case "resume":
          return method.equals("PUT") ? Route.RESUME : null;
        case "restart":
          return method.equals("POST") ? Route.RESTART : null;
        case "status":
          return method.equals("GET") ? Route.STATUS : null;
        case "offsets":
          return method.equals("GET") ? Route.OFFSETS : null;
        default:
          return null;
      }
    }
    if (op.equals("offsets") && rest.get(3).equals("request")) {
      if (n == 4) {
        return method.equals("POST") ? Route.ALTER_OFFSETS : null;
      }
      if (n == 5 && rest.get(4).equals("status")) {
        return method.equals("GET") ? Route.OFFSETS_REQUEST_STATUS : null;
      }
    }
    return null;
  }

  @Override
  public final Reply apply(RoutedCall call, @Nullable Object json) {
    Scope scope = call.scope;
    String name = call.name();
    Route route = java.util.Objects.requireNonNull(call.route);
    switch (route) {
      case CREATE:
        return create(scope, json);
      case LIST:
        return ops.list(scope, expand(call.request));
      case GET:
        return ops.get(scope, name);
      case GET_CONFIG:
        return ops.getConfig(scope, name);
      case UPDATE_CONFIG:
        return ops.updateConfig(scope, name, json);
      case DELETE:
        return ops.delete(scope, name);
      case PAUSE:
        return ops.transition(scope, name, StoredConnector.PAUSE);
      case RESUME:
        return ops.transition(scope, name, StoredConnector.RESUME);
      case RESTART:
        return ops.transition(scope, name, StoredConnector.RESTART);
      case STATUS:
        return ops.status(scope, name);
      case VALIDATE:
        return ops.validate(name, json);
      case OFFSETS:
        return ops.offsets(scope, name);
      case ALTER_OFFSETS:
        return ops.alterOffsets(scope, name, json);
      case OFFSETS_REQUEST_STATUS:
        return ops.offsetsRequestStatus(scope, name);
      default:
        return error(404, "Connect v1 has no " + route + " operation");
    }
  }

  /** The {@code expand} values, repeated or comma-separated. */
  static Set<String> expand(RecordedRequest request) {
    Set<String> out = new LinkedHashSet<>();
    for (String value : request.getUrl().queryParameterValues("expand")) {
      if (value != null) {
        for (String part : value.split(",", -1)) {
          if (!part.trim().isEmpty()) {
            out.add(part.trim());
          }
        }
      }
    }
    return out;
  }
}
