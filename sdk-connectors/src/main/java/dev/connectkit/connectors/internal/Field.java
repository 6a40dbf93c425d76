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
  /** The optional value; null for a field that is always sent, which has {@link #always} instead. */
  private final @Nullable Function<C, Optional<T>> getter;
  /** The value of a field always sent (it has a default): read without an {@code Optional}. */
  private final @Nullable Function<C, T> always;
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
    return new Field<>(key, codec, null, getter, setter, null);
  }

  Field(
      String key,
      Codec<T> codec,
      Function<C, Optional<T>> getter,
      BiConsumer<B, T> setter,
      @Nullable String requiredExpected) {
    this(key, codec, getter, null, setter, requiredExpected);
  }

  private Field(
      String key,
      Codec<T> codec,
      @Nullable Function<C, Optional<T>> getter,
      @Nullable Function<C, T> always,
      BiConsumer<B, T> setter,
      @Nullable String requiredExpected) {
    this.key = key;
    this.codec = codec;
    this.getter = getter;
    this.always = always;
    this.setter = setter;
    this.requiredExpected = requiredExpected;
  }

  public String key() {
    return key;
  }

  /** The value, or null when unset. */
  private @Nullable T value(C config) {
    Function<C, T> direct = always;
    if (direct != null) {
      return direct.apply(config);
    }
    return java.util.Objects.requireNonNull(getter).apply(config).orElse(null);
  }

  @Override
  public void emit(C config, Emitted out) {
    emitAs(config, out, key);
  }

  @Override
  public void check(C config, Violations out) {
    checkAs(config, out, key);
  }

  @Override
  public void checkAndEmit(C config, Violations violations, Emitted out) {
    checkAndEmitAs(config, violations, out, key);
  }

  @Override
  public void parse(Map<String, String> in, B builder, Violations out) {
    parse(in, builder, out, "");
  }

  /** Emits under {@code prefix} (for {@code apiN.} groups). */
  public void emit(C config, Emitted out, String prefix) {
    emitAs(config, out, prefix + this.key);
  }

  /** Emits under the whole key {@code key} (this field's key with its group's prefix, if any). */
  void emitAs(C config, Emitted out, String key) {
    T value = value(config);
    if (value != null) {
      emitValue(out, key, value);
    }
  }

  private void emitValue(Emitted out, String key, T value) {
    if (codec.isSecret()) {
      out.secret(key, (Secret) value);
    } else {
      out.property(key, codec.encode(value));
    }
  }

  /** Checks under {@code prefix}. */
  public void check(C config, Violations out, String prefix) {
    checkAs(config, out, prefix + this.key);
  }

  /** Checks under the whole key {@code key}. */
  void checkAs(C config, Violations out, String key) {
    T value = value(config);
    if (value != null) {
      if (!isEmptyOptional(value)) {
        codec.check(key, value, out);
      }
    } else if (requiredExpected != null) {
      out.missing(key, requiredExpected);
    }
  }

  /**
   * Checks under the whole key {@code key} and, while nothing has been found wrong, emits: the value is read once for
   * both.
   */
  void checkAndEmitAs(C config, Violations violations, Emitted out, String key) {
    T value = value(config);
    if (value != null) {
      if (!isEmptyOptional(value)) {
        codec.check(key, value, violations);
      }
      if (violations.isEmpty()) {
        emitValue(out, key, value);
      }
    } else if (requiredExpected != null) {
      violations.missing(key, requiredExpected);
    }
  }

  /** An empty string of an optional property: Confluent accepts it as "not set", and real configs carry it. */
  private boolean isEmptyOptional(T value) {
    return requiredExpected == null && always == null && value instanceof String && ((String) value).isEmpty();
  }

  /** Parses under {@code prefix}. */
  public void parse(Map<String, String> in, B builder, Violations out, String prefix) {
    String key = prefix + this.key;
    String raw = in.remove(key);
    if (raw == null) {
      if (requiredExpected != null && codec.isSecret()) {
        // a required secret left out (a Terraform config without its sensitive part) is unknown, as a masked one is
        T unknown = codec.decode(Secret.MASK);
        if (unknown != null) {
          setter.accept(builder, unknown);
        }
      }
      return;
    }
    T value = codec.decode(raw);
    if (value != null) {
      setter.accept(builder, value);
    } else if (!codec.isOpen() && !(raw.isEmpty() && requiredExpected == null && always == null)) {
      boolean masked = codec.isSecret() || dev.connectkit.internal.CredentialKeys.isCredential(key);
      out.invalid(key, "cannot be read", masked ? Secret.MASK : codec.showRaw(raw), codec.expected());
    }
    // otherwise an unknown value of an open codec, or an empty optional one, is kept as read: fromConfig records it
    // as a wire value
  }

  @Override
  public boolean owns(String k) {
    return key.equals(k);
  }

  @Override
  public boolean ownsSecret(String k) {
    return codec.isSecret() && key.equals(k);
  }

  @Override
  public boolean sentOnlyWhenSet(String k) {
    return key.equals(k) && requiredExpected == null && always == null;
  }

  @Override
  public @Nullable String unreadableEnum(String k, String raw) {
    return key.equals(k) && codec.isOpen() && !raw.isEmpty() && codec.decode(raw) == null ? codec.expected() : null;
  }
}
