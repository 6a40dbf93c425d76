package dev.connectkit.internal.client;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorAlreadyExistsException;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.OutcomeUnknownException;
import dev.connectkit.ServerErrorException;
import dev.connectkit.internal.backend.Backend;
import dev.connectkit.internal.http.AmbiguousOutcomeException;
import dev.connectkit.internal.http.Deadline;
import dev.connectkit.internal.http.HttpExecutor;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A create is never re-sent blindly: when its outcome is unknown (the connection broke after sending, a gateway
 * answered 502/503/504), the name is looked up. There with the properties sent: the create succeeded; there with
 * others: {@link ConnectorAlreadyExistsException}; not there: sent again, within the retry policy's attempts and one
 * deadline shared by every POST and lookup of the create.
 */
final class CreateResolution {
  private final Backend backend;
  private final HttpExecutor executor;
  private final TargetKind kind;
  private final BooleanSupplier closed;

  CreateResolution(Backend backend, HttpExecutor executor, TargetKind kind, BooleanSupplier closed) {
    this.backend = backend;
    this.executor = executor;
    this.kind = kind;
    this.closed = closed;
  }

  /** Creates the connector, in {@code initialState} (Kafka Connect's {@code initial_state}) unless that is null. */
  Connector create(ConnectorConfig config, @Nullable String initialState) {
    String name = backend.fullName(config);
    Deadline deadline = executor.deadline();
    // Every POST, lookup and wait of this create shares one deadline.
    return executor.within(deadline, () -> {
      AmbiguousOutcomeException ambiguous = null;
      for (int attempt = 1; ; attempt++) {
        try {
          return initialState == null ? backend.create(config) : backend.create(config, initialState);
        } catch (AmbiguousOutcomeException e) {
          if (closed.getAsBoolean()) {
            // close() cancelled it: neither look it up nor re-send on a closed client.
            throw new OutcomeUnknownException("create " + name + " may or may not have been applied: the client was "
                + "closed while it was out; check with client.get(\"" + name + "\") before creating it again", e);
          }
          ambiguous = e;
        } catch (ConnectorAlreadyExistsException e) {
          if (ambiguous == null) {
            throw e;
          }
          // An earlier attempt may have been applied: decide by what is there.
        }
        Connector existing;
        try {
          existing = lookUp(name);
        } catch (ConnectorException e) {
          throw new OutcomeUnknownException("create " + name + " may or may not have been applied ("
              + ambiguous.lastFailure().getMessage() + "), and looking it up failed too (" + e.getMessage()
              + "); check with client.get(\"" + name + "\") before creating it again", e);
        }
        if (existing != null) {
          if (matches(config, existing)) {
            return existing;
          }
          throw new ConnectorAlreadyExistsException(
              409,
              null,
              "connector " + name + " exists with a different config (found after an ambiguous create failure)",
              null);
        }
        ConnectorException last = ambiguous.lastFailure();
        if (last instanceof ServerErrorException && isServerRefusal(last)
            && (kind.readsAreFresh() || isUnknownPlugin(last))) {
          // A 500 with nothing there on a target whose reads are fresh, or the 500 every target gives for a
          // connector.class it does not have: the server refused it. Any other 500 on the managed targets stays
          // ambiguous, since their lookup may lag behind a create they applied.
          throw last;
        }
        if (attempt >= executor.policy().maxAttempts()) {
          // The server may have applied one of the attempts (a lookup that lags, then 409s): not a definite failure.
          throw new OutcomeUnknownException("create " + name + " may or may not have been applied ("
              + ambiguous.lastFailure().getMessage() + "), and the connector was not found after " + attempt
              + " attempts; check with client.get(\"" + name + "\") before creating it again", ambiguous);
        }
        // If the deadline leaves no time for another attempt, the outcome is still unknown, not the last failure.
        executor.sleep(executor.backoff(attempt), deadline, "create", name, new OutcomeUnknownException("create "
            + name + " may or may not have been applied (" + ambiguous.lastFailure().getMessage() + "), and the "
            + "connector was not found before the retry policy's deadline; check with client.get(\"" + name
            + "\") before creating it again", ambiguous));
      }
    });
  }

  /** The connector named {@code name}, or null if there is none. */
  @Nullable Connector lookUp(String name) {
    try {
      return backend.get(name);
    } catch (ConnectorNotFoundException e) {
      return null;
    }
  }

  /**
   * Whether a server error is the server's own refusal: not a gateway's 502/503/504 and not Kafka Connect's
   * "Request timed out" (the worker goes on applying the request).
   */
  private static boolean isServerRefusal(ConnectorException e) {
    int status = e.statusCode().orElse(0);
    return status != 502 && status != 503 && status != 504
        && !e.serverMessage().toLowerCase(Locale.ROOT).contains("request timed out");
  }

  /** The 500 Kafka Connect and Confluent Cloud give for a {@code connector.class} they have no plugin for. */
  private static boolean isUnknownPlugin(ConnectorException e) {
    return e.serverMessage().contains("Failed to find any class that implements Connector");
  }

  /** Whether every non-secret property sent is on the server with the same value (the server adds its own keys). */
  private static boolean matches(ConnectorConfig config, Connector existing) {
    Map<String, String> found = existing.config();
    for (Map.Entry<String, String> e : config.properties().entrySet()) {
      if (!e.getValue().equals(found.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
