package dev.connectkit.testing.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** How a fake behaves: its clock, how long things take, which plugins and business units it knows. */
public final class Settings {
  public final Clock clock;
  public final Duration provisioningTime;
  public final Duration transitionDelay;
  public final Duration offsetsRequestDelay;
  public final PluginCatalog catalog;
  public final Map<String, String> landingZones;
  public final int journalCapacity;

  public Settings(
      Clock clock,
      Duration provisioningTime,
      Duration transitionDelay,
      Duration offsetsRequestDelay,
      PluginCatalog catalog,
      Map<String, String> landingZones,
      int journalCapacity) {
    this.clock = clock;
    this.provisioningTime = provisioningTime;
    this.transitionDelay = transitionDelay;
    this.offsetsRequestDelay = offsetsRequestDelay;
    this.catalog = catalog;
    this.landingZones = Map.copyOf(landingZones);
    this.journalCapacity = journalCapacity;
  }
}
