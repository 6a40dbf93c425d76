package dev.connectkit.testing;

import java.util.List;

/** Reading the fake's journal in tests. */
final class Journal {
  private Journal() {}

  /** The status code the fake answered the last request of {@code route} with. */
  static int lastStatus(FakeConnectorApi fake, Route route) {
    List<RecordedCall> calls = fake.requests();
    for (int i = calls.size() - 1; i >= 0; i--) {
      if (calls.get(i).route().orElse(null) == route) {
        return calls.get(i).status();
      }
    }
    throw new AssertionError("no " + route + " in " + calls);
  }
}
