package dev.connectkit.internal.wire;

import dev.connectkit.internal.ConfigMaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorType;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class CreateBodiesTest {
  private static final JsonAdapter<Map<String, Object>> JSON =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private static GenericConnectorConfig config(Secret secret) {
    return GenericConnectorConfig.builder()
        .name(ConnectorName.of(Placement.dedicated("sales", Stage.DEV), "orders"))
        .connectorClass("io.confluent.connect.http.HttpSinkConnectorV2")
        .type(ConnectorType.SINK)
        .property("topics", "orders")
        .property("tasks.max", "2")
        .secret("http.auth.password", secret)
        .build();
  }

  private static String text(RequestBody body) throws IOException {
    Buffer out = new Buffer();
    body.writeTo(out);
    return out.readUtf8();
  }

  @Test
  void bodyHoldsTheWireMapInItsOrderBesideTheKey() throws IOException {
    GenericConnectorConfig config = config(Secret.of("pa55"));
    RequestBody body = CreateBodies.of("name", "sales-dev-orders-connector", config, true);
    Map<String, Object> parsed = Objects.requireNonNull(JSON.fromJson(text(body)));
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("name", "sales-dev-orders-connector");
    expected.put("config", ConfigMaps.wire(config, true));
    assertThat(parsed).isEqualTo(expected);
    @SuppressWarnings("unchecked")
    List<String> keys = new ArrayList<>(((Map<String, Object>) Objects.requireNonNull(parsed.get("config"))).keySet());
    assertThat(keys).containsExactlyElementsOf(ConfigMaps.wire(config, true).keySet());
    assertThat(body.contentLength()).isEqualTo(text(body).length());
    assertThat(String.valueOf(body.contentType())).isEqualTo("application/json; charset=UTF-8");
  }

  @Test
  void bodyCanBeSentAgainWithTheSameBytes() throws IOException {
    RequestBody body = CreateBodies.of("identifier", "orders", config(Secret.of("pa55")), false);
    String first = text(body);
    assertThat(text(body)).isEqualTo(first).contains("\"identifier\":\"orders\"").doesNotContain("\"name\"");
  }

  @Test
  void unknownSecretIsRefusedBeforeAnythingIsWritten() {
    assertThatThrownBy(() -> CreateBodies.of("name", "x", config(Secret.unknown()), true))
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("http.auth.password");
  }
}
