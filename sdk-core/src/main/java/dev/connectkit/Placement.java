package dev.connectkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a connector lives: a business unit and stage, on the business unit's dedicated cluster or on a shared cluster
 * of a landing zone. The placement decides the name prefix:
 *
 * <ul>
 *   <li>dedicated: {@code {business_unit}-{stage}-{id}-connector}
 *   <li>shared: {@code {landing_zone}-{business_unit}-{stage}-{id}-connector}
 * </ul>
 *
 * <!-- example runs -->
 * <pre>{@code
 * Placement dev = Placement.shared("edh-shared", "scada", Stage.DEV);
 * Placement qas = dev.withStage(Stage.QAS);    // promote
 * dev.name("analytics-snowflake").fullName();  // edh-shared-scada-dev-analytics-snowflake-connector
 * }</pre>
 *
 * <p>Business units and landing zones are lowercase letters, digits and single inner hyphens; a business unit has no
 * hyphen so that names can be parsed back.
 */
public final class Placement {
  private final @Nullable String landingZone;
  private final String businessUnit;
  private final Stage stage;
  private final String prefix;

  private Placement(@Nullable String landingZone, String businessUnit, Stage stage) {
    this.landingZone = landingZone;
    this.businessUnit = businessUnit;
    this.stage = stage;
    String base = businessUnit + "-" + stage.id();
    this.prefix = landingZone == null ? base : landingZone + "-" + base;
  }

  /**
   * A business unit's dedicated cluster.
   *
   * @throws ConnectorValidationException if the business unit is not valid
   */
  public static Placement dedicated(String businessUnit, Stage stage) {
    Objects.requireNonNull(stage, "stage");
    List<ConfigViolation> violations = new ArrayList<>();
    checkSegment("business_unit", businessUnit, false, violations);
    throwIfAny(violations);
    return new Placement(null, businessUnit, stage);
  }

  /**
   * A shared cluster of a landing zone (for example {@code edh-shared}).
   *
   * @throws ConnectorValidationException if the landing zone or business unit is not valid
   */
  public static Placement shared(String landingZone, String businessUnit, Stage stage) {
    Objects.requireNonNull(stage, "stage");
    List<ConfigViolation> violations = new ArrayList<>();
    checkSegment("landing_zone", landingZone, true, violations);
    checkSegment("business_unit", businessUnit, false, violations);
    throwIfAny(violations);
    return new Placement(landingZone, businessUnit, stage);
  }

  private static void throwIfAny(List<ConfigViolation> violations) {
    if (!violations.isEmpty()) {
      throw new ConnectorValidationException("placement", violations);
    }
  }

  private static void checkSegment(
      String field, @Nullable String value, boolean hyphens, List<ConfigViolation> out) {
    String expected =
        hyphens
            ? "lowercase letters and digits, with single hyphens inside (e.g. edh-shared)"
            : "lowercase letters and digits only (e.g. scada)";
    if (value == null || value.isEmpty()) {
      out.add(ConfigViolation.missing(field, expected));
      return;
    }
    boolean ok = true;
    char previous = '-';
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && !(hyphens && c == '-' && previous != '-')) {
        ok = false;
        break;
      }
      previous = c;
    }
    if (!ok || value.endsWith("-")) {
      out.add(ConfigViolation.of(field, "has characters that are not allowed", value, expected));
    }
  }

  /** The landing zone of a shared cluster; empty for a dedicated cluster. */
  public Optional<String> landingZone() {
    return Optional.ofNullable(landingZone);
  }

  /** Whether this is a shared cluster (has a landing zone). */
  public boolean isShared() {
    return landingZone != null;
  }

  /** The business unit, for example {@code scada}. */
  public String businessUnit() {
    return businessUnit;
  }

  /** The stage. */
  public Stage stage() {
    return stage;
  }

  /** The same placement on another stage: how a connector is promoted from {@code dev} to {@code qas} to {@code run}. */
  public Placement withStage(Stage newStage) {
    return new Placement(landingZone, businessUnit, Objects.requireNonNull(newStage, "stage"));
  }

  /** The name prefix, for example {@code edh-shared-scada-dev}. */
  public String prefix() {
    return prefix;
  }

  /**
   * The connector name for {@code id} in this placement.
   *
   * @throws ConnectorValidationException naming the broken naming rule
   */
  public ConnectorName name(String id) {
    return ConnectorName.of(this, id);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Placement)) {
      return false;
    }
    Placement that = (Placement) o;
    return Objects.equals(landingZone, that.landingZone)
        && businessUnit.equals(that.businessUnit)
        && stage == that.stage;
  }

  @Override
  public int hashCode() {
    return Objects.hash(landingZone, businessUnit, stage);
  }

  /** For example {@code shared(edh-shared/scada/dev)} or {@code dedicated(sales/run)}. */
  @Override
  public String toString() {
    return landingZone == null
        ? "dedicated(" + businessUnit + "/" + stage.id() + ")"
        : "shared(" + landingZone + "/" + businessUnit + "/" + stage.id() + ")";
  }
}
