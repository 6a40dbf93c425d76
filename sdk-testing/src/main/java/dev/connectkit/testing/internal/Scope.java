package dev.connectkit.testing.internal;

import org.jspecify.annotations.Nullable;

/** The business unit and stage of a request, and the landing zone the business unit lives in (null: dedicated). */
public final class Scope {
  public final String businessUnit;
  public final String stage;
  public final @Nullable String landingZone;

  public Scope(String businessUnit, String stage, @Nullable String landingZone) {
    this.businessUnit = businessUnit;
    this.stage = stage;
    this.landingZone = landingZone;
  }

  /** The name prefix, e.g. {@code edh-shared-scada-dev}. */
  public String prefix() {
    String base = businessUnit + "-" + stage;
    return landingZone == null ? base : landingZone + "-" + base;
  }

  public boolean contains(StoredConnector connector) {
    return connector.businessUnit.equals(businessUnit) && connector.stage.equals(stage);
  }
}
