/**
 * Spring Boot 4 auto-configuration for ConnectKit: {@code connectkit.*} properties, a {@code ConnectorClient} bean,
 * a health indicator over configured connectors, metrics and opt-in auto-restart.
 */
@NullMarked
package dev.connectkit.spring.boot;

import org.jspecify.annotations.NullMarked;
