package dev.connectkit.connectors.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every typed connector config: hidden implementation, {@code toBuilder()}, plain JDK
 * collections, {@code extraProperty(k, v)}-style map setters and our own exception for impossible states.
 *
 * <p>Each config declares its public builder as a nested {@code Builder} interface; the generated, package-private
 * builder implements it, so only the setters declared there are public API. The generated {@code Optional}-taking
 * setters and {@code from(...)} overloads stay on the hidden class ({@code toBuilder()} uses {@code from}); with
 * {@code optionalAcceptNullable} the plain setter of an optional value takes {@code null} to clear it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    toBuilder = "toBuilder",
    // A required field is read as `kafkaAuthOrNull()` until build() has checked it; its setter is `kafkaAuth(…)`.
    get = {"get*", "*OrNull"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    depluralize = true,
    depluralizeDictionary = {"regex:regexes", "api:apis"},
    put = "*",
    redactedMask = "****",
    throwForInvalidImmutableState = InvalidConfigStateException.class,
    throwForNullPointer = InvalidConfigStateException.class,
    defaults = @Value.Immutable(copy = false))
public @interface ConfigStyle {}
