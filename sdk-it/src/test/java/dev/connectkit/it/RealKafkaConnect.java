package dev.connectkit.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects the one {@link KafkaConnectWorker} of this test run: started by the first test that asks, kept in the root
 * store, closed when the run ends (with a summary of the transitions the suite observed).
 *
 * <pre>{@code
 * @ExtendWith(RealKafkaConnect.class)
 * class LifecycleIT {
 *   @Test
 *   void runs(KafkaConnectWorker worker) { ... }
 * }
 * }</pre>
 */
public final class RealKafkaConnect implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealKafkaConnect.class);
  private static final List<String> TRANSITIONS = Collections.synchronizedList(new ArrayList<>());

  /** Records one observed transition for the end-of-run summary (and prints it now). */
  static void report(String line) {
    TRANSITIONS.add(line);
    System.out.println("[real-engine] " + line);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KafkaConnectWorker.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
        Holder.class, key -> Holder.start(), Holder.class).worker;
  }

  /** Closes the worker at the end of the run and prints what the suite saw. */
  private static final class Holder implements AutoCloseable {
    final KafkaConnectWorker worker;

    Holder(KafkaConnectWorker worker) {
      this.worker = worker;
    }

    static Holder start() {
      try {
        KafkaConnectWorker worker = KafkaConnectWorker.start();
        System.out.println("[real-engine] Apache Kafka " + worker.kafkaVersion() + ": KRaft broker "
            + worker.bootstrapServers() + ", Kafka Connect (distributed) " + worker.url() + ", started in "
            + worker.startup().toMillis() + " ms");
        return new Holder(worker);
      } catch (Exception e) {
        throw new IllegalStateException("cannot start Kafka + Kafka Connect: " + e, e);
      }
    }

    @Override
    public void close() throws Exception {
      System.out.println("[real-engine] Apache Kafka " + worker.kafkaVersion() + ": " + TRANSITIONS.size()
          + " transitions observed:");
      synchronized (TRANSITIONS) {
        for (String t : TRANSITIONS) {
          System.out.println("[real-engine]   " + t);
        }
      }
      worker.close();
    }
  }
}
