/**
 * Connector sets as YAML files: {@link dev.connectkit.plan.yaml.ConnectorSetYaml} loads a base file and a stage's
 * overlay in the {@code connectkit/v1} format and writes a set back; {@link
 * dev.connectkit.plan.yaml.ConnectorSetImport} reads a live scope into a set, as YAML or Java source.
 */
@NullMarked
package dev.connectkit.plan.yaml;

import org.jspecify.annotations.NullMarked;
