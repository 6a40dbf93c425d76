package dev.connectkit;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule of a connector config or name: which property, which rule, the offending value (secrets shown as
 * {@code ****}) and what would be valid.
 *
 * <!-- example: SnowflakeSink.Builder builder -->
 * <pre>{@code
 * try {
 *   SnowflakeSink sink = builder.build();
 * } catch (ConnectorValidationException e) {
 *   for (ConfigViolation v : e.violations()) {
 *     System.err.println(v.property() + ": " + v.rule());
 *   }
 * }
 * }</pre>
 */
public final class ConfigViolation {
  private final String property;
  private final String rule;
  private final @Nullable String value;
  private final String expected;

  private ConfigViolation(String property, String rule, @Nullable String value, String expected) {
    this.property = Objects.requireNonNull(property, "property");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.value = value;
    this.expected = Objects.requireNonNull(expected, "expected");
  }

  /**
   * A violation of {@code rule} by {@code property}.
   *
   * @param value the offending value as it may be shown (pass {@link Secret#MASK} for secrets), or null if missing
   * @param expected what would be valid, in words a user can act on
   */
  public static ConfigViolation of(String property, String rule, @Nullable String value, String expected) {
    return new ConfigViolation(property, rule, value, expected);
  }

  /** A required property that is missing. */
  public static ConfigViolation missing(String property, String expected) {
    return new ConfigViolation(property, "is required", null, expected);
  }

  /** The property (config key, or builder field such as {@code id}) that breaks the rule. */
  public String property() {
    return property;
  }

  /** The rule, for example {@code "is required"} or {@code "must be between 1 and 100"}. */
  public String rule() {
    return rule;
  }

  /** The offending value as it may be shown, empty when the property is missing. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** What would be valid. */
  public String expected() {
    return expected;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ConfigViolation)) {
      return false;
    }
    ConfigViolation that = (ConfigViolation) o;
    return property.equals(that.property)
        && rule.equals(that.rule)
        && Objects.equals(value, that.value)
        && expected.equals(that.expected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(property, rule, value, expected);
  }

  /** For example {@code tasks.max: must be between 1 and 10 (was '0'); valid: an integer 1..10}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(property).append(": ").append(rule);
    if (value != null) {
      out.append(" (was '").append(value).append("')");
    }
    return out.append("; valid: ").append(expected).toString();
  }
}
