package dev.connectkit.plan.internal;

import com.squareup.moshi.JsonWriter;
import dev.connectkit.plan.Change;
import dev.connectkit.plan.FieldDiff;
import dev.connectkit.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Renders a plan as text and as versioned JSON. Only what {@link Plan}'s public accessors expose is rendered, and they
 * hold no secret value: secrets show as {@code (sensitive)} with at most an 8-character fingerprint prefix.
 */
public final class PlanRenderer {
  private PlanRenderer() {}

  /** The JSON the plan id is a hash of: everything but the id and the time. */
  public static String content(Plan plan) {
    return json(plan, false);
  }

  /** The plan as JSON; with {@code meta}, its id and creation time too. */
  public static String json(Plan plan, boolean meta) {
    Buffer buffer = new Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      if (meta) {
        w.setIndent("  ");
      }
      w.beginObject();
      w.name("format_version").value(Plan.FORMAT_VERSION);
      if (meta) {
        w.name("id").value(plan.id());
        w.name("created_at").value(plan.createdAt().toString());
        w.name("exit_code").value(plan.exitCode());
      }
      w.name("set").value(plan.setId());
      w.name("stage").value(plan.stage().id());
      w.name("target").value(plan.target());
      w.name("secret_policy").value(plan.secretPolicy().name());
      w.name("changes").beginArray();
      for (Change c : plan.changes()) {
        w.beginObject();
        w.name("kind").value(c.kind().name());
        w.name("name").value(c.name());
        w.name("live_state").value(c.liveState().map(s -> s.value()).orElse(null));
        w.name("desired_state").value(c.desiredState().map(Enum::name).orElse(null));
        w.name("protected").value(c.desired().map(d -> d.isProtected()).orElse(false));
        w.name("observed").value(c.observed());
        w.name("spec_digest").value(c.specDigest());
        w.name("diffs").beginArray();
        for (FieldDiff d : c.diffs()) {
          w.beginObject();
          w.name("key").value(d.key());
          w.name("kind").value(d.kind().name());
          w.name("secret").value(d.kind().isSecret());
          w.name("before").value(d.before().orElse(null));
          w.name("after").value(d.after().orElse(null));
          w.name("fingerprint").value(d.fingerprint().orElse(null));
          w.endObject();
        }
        w.endArray();
        w.name("notes").beginArray();
        for (String n : c.notes()) {
          w.value(n);
        }
        w.endArray();
        w.endObject();
      }
      w.endArray();
      w.name("errors").beginArray();
      for (String e : plan.errors()) {
        w.value(e);
      }
      w.endArray();
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  /** The plan as text, one block per connector. */
  public static String text(Plan plan) {
    StringBuilder out = new StringBuilder();
    long writes = plan.changes().stream().filter(c -> c.kind().isWrite()).count();
    out.append("Plan ").append(plan.id()).append(" for set ").append(plan.setId()).append(" in ")
        .append(plan.stage().id()).append(" on ").append(plan.target()).append('\n');
    for (Change c : plan.changes()) {
      out.append("  ").append(symbol(c.kind())).append(' ').append(pad(label(c.kind()))).append(c.name());
      if (c.changesState() || c.kind() == Change.Kind.CREATE) {
        out.append("  [").append(c.liveState().map(s -> s.value()).orElse("absent")).append(" -> ")
            .append(c.desiredState().map(Enum::name).orElse("?")).append(']');
      }
      if (c.desired().map(d -> d.isProtected()).orElse(false)) {
        out.append("  (protected)");
      }
      out.append('\n');
      for (FieldDiff d : c.diffs()) {
        out.append("      ").append(diffSymbol(d.kind())).append(' ').append(d.key());
        if (d.kind().isSecret()) {
          out.append(" = (sensitive");
          d.fingerprint().ifPresent(f -> out.append(", fingerprint ").append(f));
          out.append(") ").append(secretWord(d.kind()));
        } else if (d.kind() == FieldDiff.Kind.CONFLICT) {
          out.append(" = ").append(quote(d.before().orElse(null)))
              .append("  set outside this set; the update would erase it");
        } else if (d.kind() == FieldDiff.Kind.ADD) {
          out.append(" = ").append(quote(d.after().orElse(null)));
        } else if (d.kind() == FieldDiff.Kind.REMOVE) {
          out.append(" (was ").append(quote(d.before().orElse(null))).append(')');
        } else {
          out.append(": ").append(quote(d.before().orElse(null))).append(" -> ")
              .append(quote(d.after().orElse(null)));
        }
        out.append('\n');
      }
      for (String n : c.notes()) {
        out.append("      # ").append(n).append('\n');
      }
    }
    if (!plan.errors().isEmpty()) {
      out.append("Errors:\n");
      plan.errors().forEach(e -> out.append("  ! ").append(e).append('\n'));
    }
    out.append(writes == 0 ? "No changes." : writes + (writes == 1 ? " change." : " changes."))
        .append(" Exit code ").append(plan.exitCode()).append(".\n");
    return out.toString();
  }

  private static String pad(String s) {
    return String.format("%-10s", s);
  }

  private static String symbol(Change.Kind kind) {
    switch (kind) {
      case CREATE:
        return "+";
      case UPDATE:
        return "~";
      case DELETE:
        return "-";
      case SET_STATE:
        return ">";
      case UNMANAGED:
        return "?";
      default:
        return "=";
    }
  }

  private static String label(Change.Kind kind) {
    switch (kind) {
      case CREATE:
        return "create";
      case UPDATE:
        return "update";
      case DELETE:
        return "delete";
      case SET_STATE:
        return "state";
      case UNMANAGED:
        return "unmanaged";
      default:
        return "no-op";
    }
  }

  private static String diffSymbol(FieldDiff.Kind kind) {
    switch (kind) {
      case ADD:
      case SECRET_ADD:
        return "+";
      case REMOVE:
        return "-";
      case CONFLICT:
        return "!";
      case SECRET_UNVERIFIED:
        return "?";
      default:
        return "~";
    }
  }

  private static String secretWord(FieldDiff.Kind kind) {
    switch (kind) {
      case SECRET_ADD:
        return "added";
      case SECRET_CHANGED:
        return "changed";
      case SECRET_RESEND:
        return "sent again (ALWAYS_SEND)";
      default:
        return "unverified: no fingerprint to compare with";
    }
  }

  private static String quote(@Nullable String value) {
    return value == null ? "(none)" : '"' + value + '"';
  }
}
