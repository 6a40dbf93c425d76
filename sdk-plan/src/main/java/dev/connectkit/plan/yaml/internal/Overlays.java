package dev.connectkit.plan.yaml.internal;

import dev.connectkit.plan.yaml.internal.YamlTree.ListValue;
import dev.connectkit.plan.yaml.internal.YamlTree.MapValue;
import dev.connectkit.plan.yaml.internal.YamlTree.Scalar;
import dev.connectkit.plan.yaml.internal.YamlTree.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The overlay rule: a stage's overlay file is merged into the base file.
 *
 * <ul>
 *   <li>Maps merge key by key: an overlay value replaces the base value, a {@code null} value removes the key.
 *   <li>{@code connectors} entries match by {@code id} (or {@code name}): a matching entry merges into the base entry
 *       by the same rule ({@code config} and {@code secrets} key by key, a secret reference replaced whole); an entry
 *       with {@code remove: true} drops the base entry; any other entry is added at the end.
 *   <li>Any other value (a scalar, a list) replaces the base value.
 * </ul>
 */
public final class Overlays {
  private Overlays() {}

  /** {@code overlay} merged into {@code base}. */
  public static MapValue merge(MapValue base, MapValue overlay) {
    return mergeMap(base, overlay, "");
  }

  private static MapValue mergeMap(MapValue base, MapValue overlay, String path) {
    Map<String, Value> entries = new LinkedHashMap<>(base.entries());
    Map<String, YamlTree.Where> keys = new LinkedHashMap<>(base.keys());
    overlay.entries().forEach((key, value) -> {
      Value old = entries.get(key);
      if (value instanceof Scalar s && s.isNull()) {
        entries.remove(key);
        keys.remove(key);
        return;
      }
      keys.put(key, overlay.keys().get(key));
      if (path.isEmpty() && key.equals("connectors") && old instanceof ListValue oldList
          && value instanceof ListValue newList) {
        entries.put(key, mergeConnectors(oldList, newList));
      } else if (old instanceof MapValue oldMap && value instanceof MapValue newMap && !path.equals("secrets")) {
        entries.put(key, mergeMap(oldMap, newMap, key));
      } else {
        entries.put(key, value);
      }
    });
    return new MapValue(base.where(), entries, keys);
  }

  private static ListValue mergeConnectors(ListValue base, ListValue overlay) {
    List<Value> out = new ArrayList<>(base.items());
    for (Value item : overlay.items()) {
      String identity = identity(item);
      int match = -1;
      for (int i = 0; identity != null && i < out.size(); i++) {
        if (identity.equals(identity(out.get(i)))) {
          match = i;
        }
      }
      MapValue entry = item instanceof MapValue m ? m : null;
      boolean remove = entry != null && entry.get("remove") instanceof Scalar r && r.text().equals("true");
      if (match < 0) {
        if (remove) {
          throw new YamlProblemException(item.where(), "connectors[" + identity + "].remove",
              "removes a connector the base file does not have", "the id or name of a connector of the base file");
        }
        out.add(item);
      } else if (remove) {
        out.remove(match);
      } else if (entry != null && out.get(match) instanceof MapValue baseEntry) {
        out.set(match, mergeMap(baseEntry, entry, "connector"));
      } else {
        out.set(match, item);
      }
    }
    return new ListValue(base.where(), out);
  }

  /** The {@code id} or else {@code name} of a connectors entry; null if it has neither. */
  static @Nullable String identity(Value item) {
    if (item instanceof MapValue m) {
      for (String key : List.of("id", "name")) {
        if (m.get(key) instanceof Scalar s && !s.isNull()) {
          return key + "=" + s.text();
        }
      }
    }
    return null;
  }
}
