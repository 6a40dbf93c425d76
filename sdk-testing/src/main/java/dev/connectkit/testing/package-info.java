/**
 * A stateful fake of the Self-Service connector API for your own tests: {@link dev.connectkit.testing.FakeConnectorApi}
 * on a real socket, with a controllable {@link dev.connectkit.testing.FakeClock}, {@link dev.connectkit.testing.Fault}
 * injection and a JUnit 5 extension.
 */
@NullMarked
package dev.connectkit.testing;

import org.jspecify.annotations.NullMarked;
