package dev.connectkit.testing.internal;

import dev.connectkit.testing.Route;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * Confluent Cloud's Connect v1 API: paths under {@code /connect/v1/environments/{env}/clusters/{cluster}}, each
 * environment and cluster its own scope; a Cloud API key (Basic, the secret being a token the fake accepts) or an OAuth
 * bearer token; a create that sends the full {@code name}, taken as sent.
 */
public final class ConfluentCloudRoutes extends ConnectV1Routes {
  private static final String PREFIX = "/connect/v1/environments/{env}/clusters/{cluster}";

  private final AccessControl access;

  public ConfluentCloudRoutes(Settings settings, ConnectorStore store, AccessControl access) {
    super(settings, store);
    this.access = access;
  }

  @Override
  public RoutedCall resolve(RecordedRequest request) {
    String secret = credential(request);
    if (secret == null || access.businessUnits(secret) == null) {
      return unauthenticated(
          request,
          secret == null
              ? "missing credentials (Authorization: Basic <Cloud API key:secret> or Bearer <token>)"
              : "invalid API key or token",
          "Basic");
    }
    List<String> segments = request.getUrl().pathSegments();
    if (segments.size() < 7
        || !segments.get(0).equals("connect")
        || !segments.get(1).equals("v1")
        || !segments.get(2).equals("environments")
        || !segments.get(4).equals("clusters")) {
      return noRoute(request, "paths are " + PREFIX + "/connectors...");
    }
    List<String> rest = segments.subList(6, segments.size());
    Route route = route(request.getMethod(), rest);
    if (route == null) {
      return noRoute(request, "see Confluent Cloud's Connect v1 API for the operations under " + PREFIX);
    }
    return RoutedCall.to(request, route, new Scope(segments.get(3), segments.get(5), null), rest);
  }

  /** The Basic password or the bearer token. */
  private static @Nullable String credential(RecordedRequest request) {
    String token = bearer(request);
    if (token != null) {
      return token;
    }
    String authorization = request.getHeaders().get("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 0 ? null : pair.substring(colon + 1);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** {@code {"name": "...", "config": {...}}}, the name taken as sent; 400s in the flat {@code {code, message}} shape. */
  @Override
  Reply create(Scope scope, @Nullable Object json) {
    Map<?, ?> request = json instanceof Map ? (Map<?, ?>) json : Map.of();
    Object name = request.get("name");
    if (!(name instanceof String) || ((String) name).isBlank()) {
      return Reply.flat(400, "request body must be a JSON object {\"name\": \"...\", \"config\": {...}}");
    }
    Map<String, String> config = new LinkedHashMap<>();
    String problem = Json.stringMap(request.get("config"), config);
    if (problem != null) {
      return Reply.flat(400, problem);
    }
    return Reply.flat400(ops.create(scope, (String) name, config));
  }
}
