/** Test support for Spring Boot applications that use ConnectKit: {@link AutoConfigureFakeConnectorApi}. */
@NullMarked
package dev.connectkit.spring.boot.test;

import org.jspecify.annotations.NullMarked;
