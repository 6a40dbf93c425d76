package dev.connectkit.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorState;
import dev.connectkit.Placement;
import dev.connectkit.Stage;
import dev.connectkit.spring.boot.ConnectKitProperties;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.FakeTarget;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import dev.connectkit.spring.boot.ConnectKitAutoConfiguration;

@SpringBootTest(classes = AutoConfigureFakeConnectorApiTest.App.class, properties = "connectkit.base-url=http://unused.example.com")
@AutoConfigureFakeConnectorApi(businessUnit = "billing", stage = Stage.QAS)
class AutoConfigureFakeConnectorApiTest {
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(ConnectKitAutoConfiguration.class)
  static class App {}

  @Autowired FakeConnectorApi fake;
  @Autowired ConnectorClient client;
  @Autowired ConnectKitProperties properties;

  @Test
  void theClientBeanTalksToTheFakeInThePlacementOfTheAnnotation() {
    fake.reset();
    fake.seed(Placement.dedicated("billing", Stage.QAS), "invoices", Map.of("connector.class", "DatagenSource"));
    assertThat(client.status("billing-qas-invoices-connector").state()).isEqualTo(ConnectorState.RUNNING);
    assertThat(properties.getBaseUrl()).isEqualTo(fake.baseUrl());
    assertThat(properties.getAuth().getToken()).hasToString("****");
  }

  @Nested
  @AutoConfigureFakeConnectorApi(target = FakeTarget.KAFKA_CONNECT)
  class OnKafkaConnect {
    @Autowired FakeConnectorApi connectFake;
    @Autowired ConnectorClient connectClient;

    @Test
    void aNestedClassWithOtherValuesGetsAFakeOfItsTargetAndAClientForIt() {
      assertThat(connectFake.target()).isEqualTo(FakeTarget.KAFKA_CONNECT);
      assertThat(connectClient.list()).isEmpty();
    }
  }
}
