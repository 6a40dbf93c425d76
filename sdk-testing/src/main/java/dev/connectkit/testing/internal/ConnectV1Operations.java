package dev.connectkit.testing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Connect v1 operations Self-Service and Confluent Cloud share, applied to the {@link ConnectorStore} and answered
 * in {@link ConnectV1Bodies}' shapes. Each runs under the store's lock.
 */
final class ConnectV1Operations {
  private final Settings settings;
  private final ConnectorStore store;
  private final ConnectV1Bodies bodies;

  ConnectV1Operations(Settings settings, ConnectorStore store) {
    this.settings = settings;
    this.store = store;
    this.bodies = new ConnectV1Bodies(settings.catalog);
  }

  /** Adds connector {@code name} as the target named it: 201 with {@code ConnectorWithOffsets}, or the refusal. */
  Reply create(Scope scope, String name, Map<String, String> config) {
    synchronized (store) {
      try {
        return Reply.json(201, bodies.created(store.add(scope, name, config)));
      } catch (Refusal r) {
        return ConnectV1Bodies.refused(r);
      }
    }
  }

  Reply list(Scope scope, Set<String> expand) {
    synchronized (store) {
      List<StoredConnector> all = store.inScope(scope);
      if (expand.isEmpty()) {
        return Reply.json(200, StoredConnector.names(all));
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (StoredConnector c : all) {
        out.put(c.name, bodies.expanded(c, expand));
        if (expand.contains("status")) {
          store.countStatusRead(c);
        }
      }
      return Reply.json(200, out);
    }
  }

  Reply get(Scope scope, String name) {
    synchronized (store) {
      StoredConnector c = store.find(scope, name);
      return c == null ? ConnectV1Bodies.notFound(name) : Reply.json(200, bodies.connector(c));
    }
  }

  Reply getConfig(Scope scope, String name) {
    synchronized (store) {
      StoredConnector c = store.find(scope, name);
      return c == null ? ConnectV1Bodies.notFound(name) : Reply.json(200, bodies.config(c));
    }
  }

  Reply updateConfig(Scope scope, String name, @Nullable Object body) {
    synchronized (store) {
      StoredConnector c = store.find(scope, name);
      if (c == null) {
        return ConnectV1Bodies.notFound(name);
      }
      Map<String, String> config = new LinkedHashMap<>();
      String problem = Json.stringMap(body, config);
      if (problem != null) {
        return Reply.error(400, problem);
      }
      try {
        return Reply.json(200, bodies.connector(store.replace(c, config)));
      } catch (Refusal r) {
        return ConnectV1Bodies.refused(r);
      }
    }
  }

  Reply delete(Scope scope, String name) {
    if (!store.remove(scope, name)) {
      return ConnectV1Bodies.notFound(name);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", null);
    return Reply.json(200, body);
  }

  Reply transition(Scope scope, String name, String kind) {
    return store.request(scope, name, kind) ? Reply.empty(202) : ConnectV1Bodies.notFound(name);
  }

  Reply status(Scope scope, String name) {
    synchronized (store) {
      StoredConnector c = store.find(scope, name);
      if (c == null) {
        return ConnectV1Bodies.notFound(name);
      }
      Reply reply = Reply.json(200, ConnectV1Bodies.status(c));
      store.statusRead(c);
      return reply;
    }
  }

  Reply validate(String connectorClass, @Nullable Object body) {
    return ValidateBodies.validate(settings.catalog, connectorClass, body);
  }

  Reply offsets(Scope scope, String name) {
    synchronized (store) {
      StoredConnector c = store.find(scope, name);
      return c == null
          ? ConnectV1Bodies.notFound(name)
          : Reply.json(200, ConnectV1Bodies.offsets(c, settings.clock.instant()));
    }
  }

  /** An asynchronous offsets request, applied after the offsets request delay; one at a time per connector. */
  Reply alterOffsets(Scope scope, String name, @Nullable Object body) {
    synchronized (store) {
      StoredConnector c = store.find(scope, name);
      if (c == null) {
        return ConnectV1Bodies.notFound(name);
      }
      if (!(body instanceof Map)) {
        return Reply.error(400, "request body must be {\"type\": \"PATCH\"|\"DELETE\", \"offsets\": [...]}");
      }
      Object type = ((Map<?, ?>) body).get("type");
      if (!"PATCH".equals(type) && !"DELETE".equals(type)) {
        return Reply.error(400, "type must be PATCH or DELETE (was " + type + ")");
      }
      Object offsets = ((Map<?, ?>) body).get("offsets");
      if (offsets != null && !(offsets instanceof List)) {
        return Reply.error(400, "offsets must be an array of {partition, offset}");
      }
      List<Object> list = offsets == null ? List.of() : new ArrayList<>((List<?>) offsets);
      for (Object o : list) {
        if (!(o instanceof Map)
            || !(((Map<?, ?>) o).get("partition") instanceof Map)
            || !(((Map<?, ?>) o).get("offset") instanceof Map)) {
          return Reply.error(400, "each offset must be {\"partition\": {...}, \"offset\": {...}}");
        }
      }
      if ("PATCH".equals(type) && list.isEmpty()) {
        return Reply.error(400, "a PATCH request needs at least one offset");
      }
      StoredConnector.OffsetsRequest previous = c.offsetsRequest;
      if (previous != null && previous.appliedAt == null) {
        return Reply.error(
            409, "an offsets request for " + name + " is in progress; only one at a time per connector");
      }
      Instant now = settings.clock.instant();
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("id", c.id);
      info.put("name", c.name);
      info.put("offsets", list);
      info.put("requested_at", now.toString());
      info.put("type", type);
      c.offsetsRequest =
          new StoredConnector.OffsetsRequest(
              info, now.plus(settings.offsetsRequestDelay), new ArrayList<>(c.offsets));
      c.settle(now);
      return Reply.json(202, info);
    }
  }

  Reply offsetsRequestStatus(Scope scope, String name) {
    synchronized (store) {
      StoredConnector c = store.find(scope, name);
      if (c == null) {
        return ConnectV1Bodies.notFound(name);
      }
      StoredConnector.OffsetsRequest request = c.offsetsRequest;
      if (request == null) {
        return Reply.error(404, "no offsets request found for connector " + name);
      }
      Reply reply = Reply.json(200, ConnectV1Bodies.offsetsRequestStatus(request));
      store.advanceToNextChange(c);
      return reply;
    }
  }
}
