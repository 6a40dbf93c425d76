package dev.connectkit.connectors;

import dev.connectkit.connectors.internal.Codec;
import dev.connectkit.connectors.internal.ConfigStyle;
import dev.connectkit.connectors.internal.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One API of an {@link HttpSinkV2} ({@code apiN.*}): which topics it receives and how records become requests. The
 * connector validates it at {@code build()}, naming properties as {@code apiN.…}.
 *
 * <!-- example runs -->
 * <pre>{@code
 * HttpSinkApi orders = HttpSinkApi.builder()
 *     .path("/orders/${key}")
 *     .addTopic("sales-dev-orders")
 *     .method(HttpSinkApi.Method.PUT)
 *     .header("Content-Type", "application/json")
 *     .maxBatchSize(50)
 *     .batchJsonAsArray(true)
 *     .maxRetries(3)
 *     .build();
 * }</pre>
 */
@ConfigStyle
@Value.Immutable
public abstract class HttpSinkApi implements HttpApi {
  /** {@code apiN.http.request.method}. */
  public enum Method {
    /** POST (default). */
    POST,
    /** PUT. */
    PUT,
    /** PATCH. */
    PATCH,
    /** GET (no body unless allowed). */
    GET,
    /** DELETE (no body; {@code /${key}} appended to the path unless it has a placeholder). */
    DELETE
  }

  /** {@code apiN.behavior.on.null.values}: tombstone handling. */
  public enum NullValues {
    /** Skip (default). */
    IGNORE,
    /** Send a DELETE. */
    DELETE,
    /** Fail the task. */
    FAIL
  }

  /** {@code apiN.request.body.format}. */
  public enum BodyFormat {
    /** The record as a string. */
    STRING,
    /** The record as JSON (default). */
    JSON
  }

  HttpSinkApi() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableHttpSinkApi.builder();
  }

  /** A builder holding this API's values. */
  public abstract Builder toBuilder();

  /** {@code apiN.topics}: the topics routed here (each topic to one API only). Required. */
  public abstract List<String> topics();

  /** {@code apiN.http.request.method}. */
  public abstract Optional<Method> method();

  /** {@code apiN.behavior.on.null.values}. */
  public abstract Optional<NullValues> behaviorOnNullValues();

  /** {@code apiN.request.body.format}. */
  public abstract Optional<BodyFormat> bodyFormat();

  /** {@code apiN.http.request.body}: a body template instead of the record. */
  public abstract Optional<String> body();

  /** {@code apiN.max.batch.size}: records per request (default 1). */
  public abstract Optional<Integer> maxBatchSize();

  /** {@code apiN.batch.prefix}. */
  public abstract Optional<String> batchPrefix();

  /** {@code apiN.batch.suffix}. */
  public abstract Optional<String> batchSuffix();

  /** {@code apiN.batch.separator}. */
  public abstract Optional<String> batchSeparator();

  /** {@code apiN.batch.key.pattern}: batch grouping key, may use {@code ${key}} and {@code ${topic}}. */
  public abstract Optional<String> batchKeyPattern();

  /** {@code apiN.batch.json.as.array}: may be false only with batch size 1. */
  public abstract Optional<Boolean> batchJsonAsArray();

  /** {@code apiN.report.only.status.code.to.success.topic}. */
  public abstract Optional<Boolean> reportOnlyStatusCode();

  /** The per-API fields, shared and sink-specific, relative to {@code apiN.}. */
  static List<Field<HttpSinkApi, Builder, ?>> fields() {
    List<Field<HttpSinkApi, Builder, ?>> fields = new ArrayList<>(HttpParts.<HttpSinkApi, Builder>api());
    fields.add(0, Field.required("topics", Codec.list(),
        a -> a.topics().isEmpty() ? Optional.empty() : Optional.of(a.topics()), Builder::topics,
        "the topics routed to this API: addTopic(...)"));
    fields.add(Field.optional("http.request.method", Codec.enumeration(Method.class), HttpSinkApi::method,
        Builder::method));
    fields.add(Field.optional("behavior.on.null.values", Codec.enumeration(NullValues.class),
        HttpSinkApi::behaviorOnNullValues, Builder::behaviorOnNullValues));
    fields.add(Field.optional("request.body.format", Codec.enumeration(BodyFormat.class), HttpSinkApi::bodyFormat,
        Builder::bodyFormat));
    fields.add(Field.optional("http.request.body", Codec.string(), HttpSinkApi::body, Builder::body));
    fields.add(Field.optional("max.batch.size", Codec.integer(1, Integer.MAX_VALUE), HttpSinkApi::maxBatchSize,
        Builder::maxBatchSize));
    fields.add(Field.optional("batch.prefix", Codec.string(), HttpSinkApi::batchPrefix, Builder::batchPrefix));
    fields.add(Field.optional("batch.suffix", Codec.string(), HttpSinkApi::batchSuffix, Builder::batchSuffix));
    fields.add(Field.optional("batch.separator", Codec.string(), HttpSinkApi::batchSeparator,
        Builder::batchSeparator));
    fields.add(Field.optional("batch.key.pattern", Codec.string(), HttpSinkApi::batchKeyPattern,
        Builder::batchKeyPattern));
    fields.add(Field.optional("batch.json.as.array", Codec.bool(), HttpSinkApi::batchJsonAsArray,
        Builder::batchJsonAsArray));
    fields.add(Field.optional("report.only.status.code.to.success.topic", Codec.bool(),
        HttpSinkApi::reportOnlyStatusCode, Builder::reportOnlyStatusCode));
    return fields;
  }

  /** Builds an {@link HttpSinkApi}. */
  public interface Builder extends HttpApi.Builder<Builder> {
    /** Puts all of these into {@link HttpSinkApi#headers()}. */
    Builder putAllHeaders(Map<String, ? extends String> entries);

    /** Adds these to {@link HttpSinkApi#topics()}. */
    Builder addTopics(String... elements);

    /** Replaces {@link HttpSinkApi#topics()}. */
    Builder topics(Iterable<String> elements);

    /** Adds all of these to {@link HttpSinkApi#topics()}. */
    Builder addAllTopics(Iterable<String> elements);

    /** Sets {@link HttpSinkApi#method()}; {@code null} clears it. */
    Builder method(@Nullable Method method);

    /** Sets {@link HttpSinkApi#behaviorOnNullValues()}; {@code null} clears it. */
    Builder behaviorOnNullValues(@Nullable NullValues behaviorOnNullValues);

    /** Sets {@link HttpSinkApi#bodyFormat()}; {@code null} clears it. */
    Builder bodyFormat(@Nullable BodyFormat bodyFormat);

    /** Sets {@link HttpSinkApi#body()}; {@code null} clears it. */
    Builder body(@Nullable String body);

    /** Sets {@link HttpSinkApi#maxBatchSize()}; {@code null} clears it. */
    Builder maxBatchSize(@Nullable Integer maxBatchSize);

    /** Sets {@link HttpSinkApi#batchPrefix()}; {@code null} clears it. */
    Builder batchPrefix(@Nullable String batchPrefix);

    /** Sets {@link HttpSinkApi#batchSuffix()}; {@code null} clears it. */
    Builder batchSuffix(@Nullable String batchSuffix);

    /** Sets {@link HttpSinkApi#batchSeparator()}; {@code null} clears it. */
    Builder batchSeparator(@Nullable String batchSeparator);

    /** Sets {@link HttpSinkApi#batchKeyPattern()}; {@code null} clears it. */
    Builder batchKeyPattern(@Nullable String batchKeyPattern);

    /** Sets {@link HttpSinkApi#batchJsonAsArray()}; {@code null} clears it. */
    Builder batchJsonAsArray(@Nullable Boolean batchJsonAsArray);

    /** Sets {@link HttpSinkApi#reportOnlyStatusCode()}; {@code null} clears it. */
    Builder reportOnlyStatusCode(@Nullable Boolean reportOnlyStatusCode);

    /** Adds one to {@link HttpSinkApi#topics()}. */
    Builder addTopic(String element);

    /** The config; checks every rule at once. */
    HttpSinkApi build();

  }
}
