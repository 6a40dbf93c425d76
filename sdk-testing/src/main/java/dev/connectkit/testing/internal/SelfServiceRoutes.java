package dev.connectkit.testing.internal;

import dev.connectkit.ConnectorName;
import dev.connectkit.testing.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * The Self-Service API: paths under {@code /{business_unit}/{stage}}, a bearer token granted per business unit (401,
 * 403), and a create that sends the bare {@code identifier}: the server composes the name.
 */
public final class SelfServiceRoutes extends ConnectV1Routes {
  private static final List<String> STAGES = List.of("dev", "qas", "run");
  private static final int MAX_NAME = 64;
  private static final String SUFFIX = "-connector";

  private final Settings settings;
  private final AccessControl access;

  public SelfServiceRoutes(Settings settings, ConnectorStore store, AccessControl access) {
    super(settings, store);
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

  /**
   * {@code {"identifier": "...", "config": {...}}}: the server composes the name from the scope and the normalised
   * identifier; 400s in the flat {@code {code, message}} shape the spec declares for this operation.
   */
  @Override
  Reply create(Scope scope, @Nullable Object json) {
    if (!(json instanceof Map)) {
      return Reply.flat(400, "request body must be a JSON object {\"identifier\": \"...\", \"config\": {...}}");
    }
    Map<?, ?> request = (Map<?, ?>) json;
    Object identifier = request.get("identifier");
    if (!(identifier instanceof String)) {
      return Reply.flat(400, "\"identifier\" is required: the bare connector id, e.g. orders-datagen");
    }
    Map<String, String> config = new LinkedHashMap<>();
    String problem = Json.stringMap(request.get("config"), config);
    if (problem != null) {
      return Reply.flat(400, problem);
    }
    String id = ConnectorName.normalise((String) identifier);
    String idProblem = checkIdentifier((String) identifier, id, scope);
    if (idProblem != null) {
      return Reply.flat(400, idProblem);
    }
    String name = name(scope, id);
    String sentName = config.get("name");
    if (sentName != null && !sentName.equals(name)) {
      return Reply.flat(
          400, "config.name '" + sentName + "' does not match the composed name '" + name + "'; leave it out");
    }
    return Reply.flat400(ops.create(scope, name, config));
  }

  /** The name the portal composes: {@code [landing_zone-]business_unit-stage-id-connector}. */
  public static String name(Scope scope, String id) {
    return scope.prefix() + "-" + ConnectorName.normalise(id) + SUFFIX;
  }

  private static @Nullable String checkIdentifier(String raw, String id, Scope scope) {
    String prefix = "invalid identifier '" + raw + "': ";
    if (id.trim().isEmpty()) {
      return prefix + "it is empty";
    }
    for (int i = 0; i < id.length(); i++) {
      char ch = id.charAt(i);
      if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) {
        return prefix + "only letters, digits, '-', '_', '.' and spaces are allowed";
      }
    }
    if (id.chars().allMatch(ch -> ch == '-')) {
      return prefix + "it consists only of separators";
    }
    if (id.startsWith("-") || id.endsWith("-")) {
      return prefix + "it starts or ends with a separator";
    }
    if (id.endsWith(SUFFIX) || id.equals("connector")) {
      return prefix + "send the bare id; the -connector suffix is added by the server";
    }
    String name = name(scope, id);
    if (name.length() > MAX_NAME) {
      return prefix + "the name " + name + " is " + name.length() + " characters long, over the limit of " + MAX_NAME;
    }
    return null;
  }
}
