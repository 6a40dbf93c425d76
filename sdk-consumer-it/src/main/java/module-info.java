/** A user's modular application: reads only the SDK's exported packages. */
module dev.connectkit.consumer {
  requires dev.connectkit;
  requires dev.connectkit.connectors;
  requires dev.connectkit.testing;
}
