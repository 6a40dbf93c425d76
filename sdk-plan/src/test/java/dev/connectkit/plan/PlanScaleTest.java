package dev.connectkit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorInfo;
import dev.connectkit.Stage;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.testing.FakeTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plan of 1,000 connectors: one list request, then at most 100 ms of planning; its no-ops make no request. */
class PlanScaleTest {
  @Test
  void aPlanOfAThousandConnectorsCostsOneListRequestAndLittleCpu() throws ReflectiveOperationException {
    try (Fakes f = Fakes.start(FakeTarget.SELF_SERVICE, Stage.DEV)) {
      ConnectorSet.Builder b = ConnectorSet.builder("sales-connectors", Stage.DEV);
      for (int i = 0; i < 1000; i++) {
        DatagenSource config = Fakes.datagen(Stage.DEV, "c" + i, "s3cr3t");
        b.add(config);
        Map<String, String> live = new LinkedHashMap<>(config.properties());
        if (i % 10 == 0) {
          live.put("output.data.format", "json");   // one in ten read back in another spelling: still a no-op
        }
        live.put("kafka.api.key", "KEY-c" + i);
        live.put("kafka.api.secret", "s3cr3t");
        f.fake.seed(Fakes.placement(Stage.DEV), "c" + i, live);
      }
      ConnectorSet set = b.build();
      Deployer deployer = f.deployer(Stage.DEV).build();

      long before = f.fake.requestCount();
      Plan plan = deployer.plan(set);
      assertThat(f.fake.requestCount() - before).isEqualTo(1);
      assertThat(plan.changes()).hasSize(1000).extracting(Change::kind).containsOnly(Change.Kind.NO_OP);
      assertThat(deployer.apply(plan, plan.id()).steps()).isEmpty();
      assertThat(f.fake.requestCount() - before).as("no-ops make no request").isEqualTo(1);

      // Planning after the list request, on this thread. The machine is shared (its load can be many times its
      // cores), so wall time says little: this measures the planning thread's own CPU time over 10 plans after a
      // warm-up (GC and JIT run on other threads), and prints the fastest wall time too.
      List<ConnectorInfo> live = f.client.list();
      Planner planner = new Planner(deployer, deployer.target(Stage.DEV));
      for (int i = 0; i < 10; i++) {
        planner.plan(set, live);
      }
      int runs = 10;
      long fastest = Long.MAX_VALUE;
      long cpuBefore = threadCpuNanos();
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        planner.plan(set, live);
        fastest = Math.min(fastest, System.nanoTime() - start);
      }
      double cpuPerPlanMs = (threadCpuNanos() - cpuBefore) / 1e6 / runs;
      System.out.printf(Locale.ROOT, "plan of 1000 connectors: %.1f ms CPU per plan (planning thread, mean of %d), "
          + "fastest wall %.1f ms%n", cpuPerPlanMs, runs, fastest / 1e6);
      assertThat(cpuPerPlanMs).as("planning CPU per plan of 1,000 connectors, ms").isLessThanOrEqualTo(100.0);
    }
  }

  /**
   * This thread's CPU time, from the JVM's {@code ThreadMXBean}, looked up reflectively: the tests compile as part of
   * the module, which does not read {@code java.management}; they run on the class path, where it is there.
   */
  private static long threadCpuNanos() throws ReflectiveOperationException {
    Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
    return (long) Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime")
        .invoke(threads);
  }
}
