package dev.connectkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A connector's name, derived from a {@link Placement} and an identifier by the portal's convention, or given as is
 * for connectors outside that convention.
 *
 * <p>The identifier is normalised exactly as the Self-Service portal does it: lowercase, and {@code _}, {@code .} and
 * spaces become {@code -}. The full name is {@code [{landing_zone}-]{business_unit}-{stage}-{id}-connector}.
 *
 * <!-- example runs -->
 * <pre>{@code
 * ConnectorName name = ConnectorName.of(Placement.shared("edh-shared", "scada", Stage.DEV), "Analytics_Snowflake");
 * name.id();        // analytics-snowflake
 * name.fullName();  // edh-shared-scada-dev-analytics-snowflake-connector
 * name.promote(Stage.QAS).fullName();  // edh-shared-scada-qas-analytics-snowflake-connector
 * ConnectorName.parse("sales-run-crm-http-connector").id();  // crm-http
 * ConnectorName.parse("lz-dev-sales-run-orders-connector", Placement.shared("lz-dev", "sales", Stage.RUN)).id();
 * }</pre>
 *
 * <p>Rules for the identifier, each reported by a {@link ConnectorValidationException} on property {@code id}: not
 * empty; ASCII only, and after normalisation only lowercase letters, digits and hyphens (a compatibility character such
 * as the Kelvin sign {@code U+212A} is refused, never folded into {@code k}); not only separators; no leading or
 * trailing separator; not the suffix {@code connector} nor ending in {@code -connector} (give the bare id); the full
 * name at most {@value #MAX_LENGTH} characters (Confluent Cloud's limit for connector names).
 */
public final class ConnectorName {
  /** The longest full name Confluent Cloud accepts. */
  public static final int MAX_LENGTH = 64;

  private static final String SUFFIX = "-connector";

  private final @Nullable Placement placement;
  private final String id;
  private final String fullName;

  private ConnectorName(@Nullable Placement placement, String id, String fullName) {
    this.placement = placement;
    this.id = id;
    this.fullName = fullName;
  }

  /**
   * The name of connector {@code id} in {@code placement}.
   *
   * @throws ConnectorValidationException naming the broken rule and what would be valid
   */
  public static ConnectorName of(Placement placement, String id) {
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(id, "id");
    String normalised = normalise(id);
    @Nullable ConfigViolation violation = null;
    String expected =
        "lowercase letters, digits and hyphens (uppercase, '_', '.' and spaces are normalised), e.g. analytics-snowflake";
    String full = placement.prefix() + "-" + normalised + SUFFIX;
    if (id.trim().isEmpty()) {
      violation = ConfigViolation.missing("id", expected);
    } else if (onlySeparators(normalised)) {
      violation = ConfigViolation.of("id", "consists only of separators", id, expected);
    } else {
      StringBuilder bad = null;
      for (int i = 0; i < normalised.length(); i++) {
        char c = normalised.charAt(i);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
          if (bad == null) {
            bad = new StringBuilder();
          }
          if (bad.indexOf(String.valueOf(c)) < 0) {
            bad.append(c);
          }
        }
      }
      if (bad != null) {
        violation =
            ConfigViolation.of(
                "id", "has characters that cannot survive normalisation: '" + bad + "'", id, expected);
      } else if (normalised.startsWith("-") || normalised.endsWith("-")) {
        violation =
            ConfigViolation.of("id", "starts or ends with a separator", id, "an id such as analytics-snowflake");
      } else if (normalised.endsWith(SUFFIX) || normalised.equals("connector")) {
        violation =
            ConfigViolation.of(
                "id",
                "already ends in -connector; the suffix is added for you",
                id,
                "the bare id, e.g. " + stripSuffix(normalised));
      } else if (full.length() > MAX_LENGTH) {
        int room = MAX_LENGTH - placement.prefix().length() - 1 - SUFFIX.length();
        violation =
            ConfigViolation.of(
                "id",
                "makes the name " + full.length() + " characters long, over the limit of " + MAX_LENGTH,
                id,
                "an id of at most " + Math.max(room, 0) + " characters in placement " + placement);
      }
    }
    if (violation != null) {
      throw new ConnectorValidationException("connector id", List.of(violation));
    }
    return new ConnectorName(placement, normalised, full);
  }

  private static boolean onlySeparators(String normalised) {
    for (int i = 0; i < normalised.length(); i++) {
      if (normalised.charAt(i) != '-') {
        return false;
      }
    }
    return true;
  }

  /** The id without its {@code -connector} suffix, for the hint; {@code orders} when nothing is left. */
  private static String stripSuffix(String normalised) {
    String bare =
        normalised.endsWith(SUFFIX) ? normalised.substring(0, normalised.length() - SUFFIX.length()) : "";
    bare = bare.replaceAll("-+$", "");
    return bare.isEmpty() ? "orders" : bare;
  }

  /**
   * A name outside the portal's convention, used as is (Confluent Cloud and self-managed Kafka Connect targets). The
   * Self-Service target refuses such names because the server composes names itself. Self-managed Kafka Connect sets
   * no length limit, so neither does this; a client of Confluent Cloud refuses a name longer than
   * {@value #MAX_LENGTH} before sending it.
   *
   * @throws ConnectorValidationException if the name is blank or has surrounding spaces
   */
  public static ConnectorName raw(String name) {
    Objects.requireNonNull(name, "name");
    if (name.trim().isEmpty() || !name.equals(name.trim())) {
      throw new ConnectorValidationException(
          "connector name",
          List.of(ConfigViolation.of("name", "is blank or has surrounding spaces", name, "a non-blank name")));
    }
    return new ConnectorName(null, name, name);
  }

  /**
   * Parses a full name of the convention back into placement and id, when the name has exactly one reading. The stage
   * is a {@code dev}, {@code qas} or {@code run} segment; the segment before it is the business unit and everything
   * before that the landing zone (so {@code edh-shared-scada-dev-x-connector} is shared cluster {@code edh-shared},
   * business unit {@code scada}). A name with more than one stage-like segment can have several readings:
   * {@code lz-dev-sales-run-orders-connector} is dedicated {@code lz/dev} with id {@code sales-run-orders}, or shared
   * {@code lz-dev/sales/run} with id {@code orders}. Such a name is refused as ambiguous rather than guessed; give the
   * placement with {@link #parse(String, Placement)}, or choose among {@link #readings(String)}.
   *
   * @throws ConnectorValidationException if the name does not follow the convention, or is ambiguous (the message
   *     lists the readings)
   */
  public static ConnectorName parse(String fullName) {
    List<ConnectorName> readings = readings(fullName);
    if (readings.size() == 1) {
      return readings.get(0);
    }
    if (readings.isEmpty()) {
      throw new ConnectorValidationException(
          "connector name",
          List.of(
              ConfigViolation.of(
                  "name",
                  "does not follow the naming convention",
                  fullName,
                  "[{landing_zone}-]{business_unit}-{dev|qas|run}-{id}-connector")));
    }
    StringBuilder which = new StringBuilder();
    for (ConnectorName reading : readings) {
      which.append(which.length() == 0 ? "" : " or ")
          .append(reading.placement)
          .append(" with id ")
          .append(reading.id);
    }
    throw new ConnectorValidationException(
        "connector name",
        List.of(
            ConfigViolation.of(
                "name",
                "is ambiguous: it reads as " + which,
                fullName,
                "ConnectorName.parse(name, placement) with the placement the connector was created in")));
  }

  /**
   * Parses a full name in a known placement: the name must be {@code placement.prefix()-{id}-connector}.
   *
   * <!-- example runs -->
   * <pre>{@code
   * ConnectorName.parse("lz-dev-sales-run-orders-connector", Placement.shared("lz-dev", "sales", Stage.RUN))
   *     .id();  // orders
   * }</pre>
   *
   * @throws ConnectorValidationException if the name is not in that placement, or its id breaks a naming rule
   */
  public static ConnectorName parse(String fullName, Placement placement) {
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(placement, "placement");
    String prefix = placement.prefix() + "-";
    if (fullName.startsWith(prefix)
        && fullName.endsWith(SUFFIX)
        && fullName.length() > prefix.length() + SUFFIX.length()) {
      ConnectorName name = of(placement, fullName.substring(prefix.length(), fullName.length() - SUFFIX.length()));
      if (name.fullName.equals(fullName)) {
        return name;
      }
    }
    throw new ConnectorValidationException(
        "connector name",
        List.of(
            ConfigViolation.of(
                "name", "is not a name in placement " + placement, fullName, prefix + "{id}" + SUFFIX)));
  }

  /**
   * Every way {@code fullName} reads as placement and id under the convention, in order of the stage segment's
   * position; empty for a name outside the convention, more than one for an ambiguous name.
   */
  public static List<ConnectorName> readings(String fullName) {
    Objects.requireNonNull(fullName, "fullName");
    List<ConnectorName> readings = new ArrayList<>();
    if (!fullName.endsWith(SUFFIX)) {
      return readings;
    }
    String[] parts = fullName.substring(0, fullName.length() - SUFFIX.length()).split("-", -1);
    for (int i = 1; i < parts.length - 1; i++) {
      Stage stage = stageOf(parts[i]);
      if (stage == null) {
        continue;
      }
      String businessUnit = parts[i - 1];
      String landingZone = i >= 2 ? String.join("-", List.of(parts).subList(0, i - 1)) : null;
      String id = String.join("-", List.of(parts).subList(i + 1, parts.length));
      try {
        Placement placement =
            landingZone == null
                ? Placement.dedicated(businessUnit, stage)
                : Placement.shared(landingZone, businessUnit, stage);
        ConnectorName name = of(placement, id);
        if (name.fullName.equals(fullName)) {
          readings.add(name);
        }
      } catch (ConnectorValidationException e) {
        // not a reading: this stage-like segment leaves an invalid placement or id
      }
    }
    return readings;
  }

  private static @Nullable Stage stageOf(String segment) {
    for (Stage stage : Stage.values()) {
      if (stage.id().equals(segment)) {
        return stage;
      }
    }
    return null;
  }

  /**
   * The portal's normalisation: ASCII uppercase letters to lowercase; {@code _}, {@code .} and spaces become
   * {@code -}. Nothing else changes: a non-ASCII character stays as it is (and {@link #of} refuses it), so that the
   * Kelvin sign {@code U+212A} or a dotted capital I never folds into an ASCII letter and collides with another name.
   */
  public static String normalise(String id) {
    int i = 0;
    while (i < id.length() && !folds(id.charAt(i))) {
      i++;
    }
    if (i == id.length()) {
      return id; // already normal: no copy
    }
    StringBuilder out = new StringBuilder(id.length()).append(id, 0, i);
    for (; i < id.length(); i++) {
      char c = id.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : folds(c) ? '-' : c);
    }
    return out.toString();
  }

  private static boolean folds(char c) {
    return (c >= 'A' && c <= 'Z') || c == '_' || c == '.' || c == ' ';
  }

  /** The placement, empty for a {@link #raw(String)} name. */
  public Optional<Placement> placement() {
    return Optional.ofNullable(placement);
  }

  /** The normalised identifier, what the Self-Service API takes on create (the full name for a raw name). */
  public String id() {
    return id;
  }

  /** The full connector name, as paths and the other targets use it. */
  public String fullName() {
    return fullName;
  }

  /**
   * The same connector on another stage.
   *
   * @throws IllegalStateException for a {@link #raw(String)} name, which has no stage
   */
  public ConnectorName promote(Stage stage) {
    Placement p = placement;
    if (p == null) {
      throw new IllegalStateException("raw name '" + fullName + "' has no placement to promote");
    }
    return of(p.withStage(stage), id);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConnectorName && ((ConnectorName) o).fullName.equals(fullName);
  }

  @Override
  public int hashCode() {
    return fullName.hashCode();
  }

  /** The full name. */
  @Override
  public String toString() {
    return fullName;
  }
}
