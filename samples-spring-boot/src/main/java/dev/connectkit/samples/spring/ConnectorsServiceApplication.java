package dev.connectkit.samples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service that owns a few connectors. Everything ConnectKit gives it comes from {@code application.properties}: the
 * {@code ConnectorClient} bean, {@code /actuator/health/connectkit} (DOWN when a connector or task fails), the client's
 * metrics under {@code /actuator/metrics}, and auto-restart of failed connectors.
 *
 * <pre>{@code
 * SS_BASE_URL=https://ss-confluent-api.example.com AZURE_TENANT_ID=... AZURE_CLIENT_ID=... AZURE_CLIENT_SECRET=... \
 *   java -jar samples-spring-boot.jar
 * curl localhost:8080/actuator/health/connectkit
 * curl localhost:8080/connectors
 * }</pre>
 */
@SpringBootApplication
public class ConnectorsServiceApplication {
  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(ConnectorsServiceApplication.class, args);
  }
}
