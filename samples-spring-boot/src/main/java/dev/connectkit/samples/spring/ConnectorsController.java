package dev.connectkit.samples.spring;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /connectors}: the state of every connector in the service's scope, using the auto-configured client. */
@RestController
public class ConnectorsController {
  private final ConnectorClient client;

  /** Takes the auto-configured client. */
  public ConnectorsController(ConnectorClient client) {
    this.client = client;
  }

  /** Connector name to state, for example {@code {"sales-dev-orders-connector":"RUNNING"}}. */
  @GetMapping("/connectors")
  public Map<String, String> connectors() {
    Map<String, String> states = new LinkedHashMap<>();
    for (ConnectorInfo info : client.list()) {
      states.put(info.name(), info.status().state().value());
    }
    return states;
  }
}
