package dev.connectkit.testing.internal;

import dev.connectkit.testing.Route;
import java.util.List;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * The Self-Service API: paths under {@code /{business_unit}/{stage}}, a bearer token granted per business unit (401,
 * 403), and a create that sends the bare {@code identifier}: the server composes the name.
 */
public final class SelfServiceRoutes extends ConnectV1Routes {
  private static final List<String> STAGES = List.of("dev", "qas", "run");

  private final Settings settings;
  private final AccessControl access;

  public SelfServiceRoutes(Settings settings, ConnectorStore store, AccessControl access) {
    super(store);
    this.settings = settings;
    this.access = access;
  }

  @Override
  public RoutedCall resolve(RecordedRequest request) {
    String token = bearer(request);
    Set<String> granted = token == null ? null : access.businessUnits(token);
    if (granted == null) {
      return unauthenticated(
          request,
          token == null ? "missing bearer token (Authorization: Bearer <token>)" : "invalid or expired token",
          "Bearer");
    }
    List<String> segments = request.getUrl().pathSegments();
    if (segments.size() < 3) {
      return noRoute(request, "paths are /{business_unit}/{stage}/connectors... or"
          + " /{business_unit}/{stage}/connector-plugins/{class}/config/validate");
    }
    String businessUnit = segments.get(0);
    String stage = segments.get(1);
    if (!STAGES.contains(stage)) {
      return noRoute(request, "stage '" + stage + "' is not one of dev, qas, run");
    }
    if (!AccessControl.allows(granted, businessUnit)) {
      return RoutedCall.answered(
          request, error(403, "the token is not granted business unit '" + businessUnit + "'"));
    }
    List<String> rest = segments.subList(2, segments.size());
    Route route = route(request.getMethod(), rest);
    if (route == null) {
      return noRoute(request, "see docs/self-service-api.md for the operations");
    }
    return RoutedCall.to(request, route, new Scope(businessUnit, stage, settings.landingZones.get(businessUnit)), rest);
  }

  @Override
  Reply create(Scope scope, @Nullable Object json) {
    return store.create(scope, json);
  }
}
