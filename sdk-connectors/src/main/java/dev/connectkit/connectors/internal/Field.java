package dev.connectkit.connectors.internal;

import dev.connectkit.Secret;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One property: its key, codec, where the config keeps it and how the builder sets it.
 *
 * @param <C> the config type
 * @param <B> its builder
 * @param <T> the typed value
 */
public final class Field<C, B, T> implements Part<C, B> {
  private final String key;
  private final Codec<T> codec;
  private final Function<C, Optional<T>> getter;
  private final BiConsumer<B, T> setter;
  private final @Nullable String requiredExpected;

  /** An optional property. */
  public static <C, B, T> Field<C, B, T> optional(
      String key, Codec<T> codec, Function<C, Optional<T>> getter, BiConsumer<B, T> setter) {
    return new Field<>(key, codec, getter, setter, null);
  }

  /** A required property. */
  public static <C, B, T> Field<C, B, T> required(
      String key, Codec<T> codec, Function<C, Optional<T>> getter, BiConsumer<B, T> setter, String expected) {
    return new Field<>(key, codec, getter, setter, expected);
  }

  /** A property always sent (it has a default). */
  public static <C, B, T> Field<C, B, T> always(
      String key, Codec<T> codec, Function<C, T> getter, BiConsumer<B, T> setter) {
    return new Field<>(key, codec, c -> Optional.of(getter.apply(c)), setter, null);
  }

  Field(
      String key,
      Codec<T> codec,
      Function<C, Optional<T>> getter,
      BiConsumer<B, T> setter,
      @Nullable String requiredExpected) {
    this.key = key;
    this.codec = codec;
    this.getter = getter;
    this.setter = setter;
    this.requiredExpected = requiredExpected;
  }

  public String key() {
    return key;
  }

  @Override
  public void emit(C config, Emitted out) {
    emit(config, out, "");
  }

  @Override
  public void check(C config, Violations out) {
    check(config, out, "");
  }

  @Override
  public void parse(Map<String, String> in, B builder, Violations out) {
    parse(in, builder, out, "");
  }

  /** Emits under {@code prefix} (for {@code apiN.} groups). */
  public void emit(C config, Emitted out, String prefix) {
    String key = prefix.isEmpty() ? this.key : prefix + this.key;
    getter
        .apply(config)
        .ifPresent(
            value -> {
              if (codec.isSecret()) {
                out.secret(key, (Secret) value);
              } else {
                out.property(key, codec.encode(value));
              }
            });
  }

  /** Checks under {@code prefix}. */
  public void check(C config, Violations out, String prefix) {
    String key = prefix.isEmpty() ? this.key : prefix + this.key;
    Optional<T> value = getter.apply(config);
    if (value.isPresent()) {
      codec.check(key, value.get(), out);
    } else if (requiredExpected != null) {
      out.missing(key, requiredExpected);
    }
  }

  /** Parses under {@code prefix}. */
  public void parse(Map<String, String> in, B builder, Violations out, String prefix) {
    String key = prefix.isEmpty() ? this.key : prefix + this.key;
    String raw = in.remove(key);
    if (raw == null) {
      return;
    }
    T value = codec.decode(raw);
    if (value == null) {
      out.invalid(key, "cannot be read", codec.isSecret() ? Secret.MASK : raw, codec.expected());
    } else {
      setter.accept(builder, value);
    }
  }

  @Override
  public boolean owns(String k) {
    return key.equals(k);
  }
}
