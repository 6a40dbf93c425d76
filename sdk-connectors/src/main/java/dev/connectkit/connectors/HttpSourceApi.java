package dev.connectkit.connectors;

import dev.connectkit.connectors.internal.Codec;
import dev.connectkit.connectors.internal.ConfigStyle;
import dev.connectkit.connectors.internal.Field;
import dev.connectkit.connectors.internal.Violations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One API of an {@link HttpSourceV2} ({@code apiN.*}): what it polls, how {@code ${offset}} advances, and the topic it
 * writes. The connector validates it at {@code build()}, naming properties as {@code apiN.…}.
 *
 * <!-- example runs -->
 * <pre>{@code
 * HttpSourceApi measures = HttpSourceApi.builder()
 *     .path("/id/measures")
 *     .topic("flood-measures")
 *     .offsetMode(HttpSourceApi.OffsetMode.CURSOR_PAGINATION)
 *     .nextPagePointer("/meta/next")
 *     .dataPointer("/items")
 *     .requestInterval(Duration.ofMinutes(10))
 *     .build();
 * }</pre>
 */
@ConfigStyle
@Value.Immutable
public abstract class HttpSourceApi implements HttpApi {
  /** {@code apiN.http.request.method}. */
  public enum Method {
    /** GET (default). */
    GET,
    /** POST. */
    POST
  }

  /** {@code apiN.http.offset.mode}: how {@code ${offset}} is computed and stored. */
  public enum OffsetMode {
    /** Initial offset plus one per record (default). */
    SIMPLE_INCREMENTING,
    /** A value read from each record ({@link #offsetPointer()}). */
    CHAINING,
    /** A next-page token or URL ({@link #nextPagePointer()}). */
    CURSOR_PAGINATION,
    /** A value read from each record of a snapshot ({@link #offsetPointer()}). */
    SNAPSHOT_PAGINATION
  }

  private static final String POINTER = "(/[^/]*)+";
  private static final String POINTER_EXPECTED = "an RFC 6901 JSON pointer such as /data/items";

  HttpSourceApi() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableHttpSourceApi.builder();
  }

  /** A builder holding this API's values. */
  public abstract Builder toBuilder();

  /** {@code apiN.topics}: the topic this API writes. Required. */
  public abstract Optional<String> topic();

  /** {@code apiN.http.request.method}. */
  public abstract Optional<Method> method();

  /** {@code apiN.http.request.body} (POST only); may use {@code ${offset}}. */
  public abstract Optional<String> body();

  /** {@code apiN.http.offset.mode}; default {@code SIMPLE_INCREMENTING}. */
  @Value.Default
  public OffsetMode offsetMode() {
    return OffsetMode.SIMPLE_INCREMENTING;
  }

  /** {@code apiN.http.initial.offset}: the first {@code ${offset}}; required when a placeholder uses it. */
  public abstract Optional<String> initialOffset();

  /** {@code apiN.http.response.data.json.pointer}: where the records are in the response. */
  public abstract Optional<String> dataPointer();

  /** {@code apiN.http.offset.json.pointer}: the offset within a record (CHAINING, SNAPSHOT_PAGINATION). */
  public abstract Optional<String> offsetPointer();

  /** {@code apiN.http.next.page.json.pointer}: the next-page token (CURSOR_PAGINATION). */
  public abstract Optional<String> nextPagePointer();

  /** {@code apiN.http.cursor.pagination.parameter.name}: query parameter carrying the token. */
  public abstract Optional<String> cursorParameter();

  /** {@code apiN.is.next.page.token.absolute.url}. */
  public abstract Optional<Boolean> nextPageTokenIsUrl();

  /** {@code apiN.request.interval.ms}: pause between requests. */
  public abstract Optional<Duration> requestInterval();

  /** The per-API fields, shared and source-specific, relative to {@code apiN.}. */
  static List<Field<HttpSourceApi, Builder, ?>> fields() {
    List<Field<HttpSourceApi, Builder, ?>> fields = new ArrayList<>(HttpParts.<HttpSourceApi, Builder>api());
    fields.add(0, Field.required("topics", Codec.topic(false), HttpSourceApi::topic, Builder::topic,
        "the topic this API writes: topic(...)"));
    fields.add(Field.optional("http.request.method", Codec.enumeration(Method.class), HttpSourceApi::method,
        Builder::method));
    fields.add(Field.optional("http.request.body", Codec.string(), HttpSourceApi::body, Builder::body));
    fields.add(Field.always("http.offset.mode", Codec.enumeration(OffsetMode.class), HttpSourceApi::offsetMode,
        Builder::offsetMode));
    fields.add(Field.optional("http.initial.offset", Codec.string(), HttpSourceApi::initialOffset,
        Builder::initialOffset));
    fields.add(Field.optional("http.response.data.json.pointer", Codec.matching(POINTER, POINTER_EXPECTED),
        HttpSourceApi::dataPointer, Builder::dataPointer));
    fields.add(Field.optional("http.offset.json.pointer", Codec.matching(POINTER, POINTER_EXPECTED),
        HttpSourceApi::offsetPointer, Builder::offsetPointer));
    fields.add(Field.optional("http.next.page.json.pointer", Codec.matching(POINTER, POINTER_EXPECTED),
        HttpSourceApi::nextPagePointer, Builder::nextPagePointer));
    fields.add(Field.optional("http.cursor.pagination.parameter.name", Codec.string(),
        HttpSourceApi::cursorParameter, Builder::cursorParameter));
    fields.add(Field.optional("is.next.page.token.absolute.url", Codec.bool(), HttpSourceApi::nextPageTokenIsUrl,
        Builder::nextPageTokenIsUrl));
    fields.add(Field.optional("request.interval.ms", Codec.millis(Duration.ofMillis(1),
        Duration.ofMillis(Integer.MAX_VALUE)), HttpSourceApi::requestInterval, Builder::requestInterval));
    return fields;
  }

  /** The conditional rules of one API. */
  static void check(HttpSourceApi api, String prefix, Violations out) {
    OffsetMode mode = api.offsetMode();
    if (mode == OffsetMode.CURSOR_PAGINATION && api.nextPagePointer().isEmpty()) {
      out.missing(prefix + "http.next.page.json.pointer", "the JSON pointer to the next-page token with "
          + "CURSOR_PAGINATION, e.g. /meta/next");
    }
    if (mode != OffsetMode.CURSOR_PAGINATION) {
      api.nextPagePointer().ifPresent(p -> out.invalid(prefix + "http.next.page.json.pointer",
          "is used only with CURSOR_PAGINATION", p, "offsetMode CURSOR_PAGINATION, or leave it unset"));
    }
    if ((mode == OffsetMode.CHAINING || mode == OffsetMode.SNAPSHOT_PAGINATION) && api.offsetPointer().isEmpty()) {
      out.missing(prefix + "http.offset.json.pointer", "the JSON pointer to each record's offset with " + mode);
    }
    boolean usesOffset = api.path().orElse("").contains("${offset}")
        || api.parameters().orElse("").contains("${offset}")
        || api.body().orElse("").contains("${offset}");
    // CURSOR_PAGINATION's first request has no token yet: its ${offset} needs no initial value
    if (usesOffset && mode != OffsetMode.CURSOR_PAGINATION && api.initialOffset().isEmpty()) {
      out.missing(prefix + "http.initial.offset", "the first ${offset} value, since a placeholder uses it");
    }
    if (mode == OffsetMode.SIMPLE_INCREMENTING) {
      api.initialOffset().filter(o -> !o.matches("-?[0-9]{1,18}")).ifPresent(o -> out.invalid(
          prefix + "http.initial.offset", "is not an integer, as SIMPLE_INCREMENTING needs", o, "an integer"));
    }
    Method method = api.method().orElse(Method.GET);
    HttpParts.onlyWith(api.parameters(), prefix + "http.request.parameters", method == Method.GET, "GET", out);
    HttpParts.onlyWith(api.body(), prefix + "http.request.body", method == Method.POST, "POST", out);
  }

  /** Builds an {@link HttpSourceApi}. */
  public interface Builder extends HttpApi.Builder<Builder> {
    /** Puts all of these into {@link HttpSourceApi#headers()}. */
    Builder putAllHeaders(Map<String, ? extends String> entries);

    /** Sets {@link HttpSourceApi#topic()}; {@code null} clears it. */
    Builder topic(@Nullable String topic);

    /** Sets {@link HttpSourceApi#method()}; {@code null} clears it. */
    Builder method(@Nullable Method method);

    /** Sets {@link HttpSourceApi#body()}; {@code null} clears it. */
    Builder body(@Nullable String body);

    /** Sets {@link HttpSourceApi#offsetMode()}. */
    Builder offsetMode(HttpSourceApi.OffsetMode offsetMode);

    /** Sets {@link HttpSourceApi#initialOffset()}; {@code null} clears it. */
    Builder initialOffset(@Nullable String initialOffset);

    /** Sets {@link HttpSourceApi#dataPointer()}; {@code null} clears it. */
    Builder dataPointer(@Nullable String dataPointer);

    /** Sets {@link HttpSourceApi#offsetPointer()}; {@code null} clears it. */
    Builder offsetPointer(@Nullable String offsetPointer);

    /** Sets {@link HttpSourceApi#nextPagePointer()}; {@code null} clears it. */
    Builder nextPagePointer(@Nullable String nextPagePointer);

    /** Sets {@link HttpSourceApi#cursorParameter()}; {@code null} clears it. */
    Builder cursorParameter(@Nullable String cursorParameter);

    /** Sets {@link HttpSourceApi#nextPageTokenIsUrl()}; {@code null} clears it. */
    Builder nextPageTokenIsUrl(@Nullable Boolean nextPageTokenIsUrl);

    /** Sets {@link HttpSourceApi#requestInterval()}; {@code null} clears it. */
    Builder requestInterval(@Nullable Duration requestInterval);

    /** The config; checks every rule at once. */
    HttpSourceApi build();

  }
}
