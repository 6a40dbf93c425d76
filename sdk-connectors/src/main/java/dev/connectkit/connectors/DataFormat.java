package dev.connectkit.connectors;

/**
 * A record or file format, the value of {@code input.data.format}, {@code output.data.format} and
 * {@code input.key.format}. Each connector accepts a subset; its builder names it in the violation.
 *
 * <!-- example: DatagenSource.Builder builder -->
 * <pre>{@code
 * builder.outputFormat(DataFormat.AVRO);
 * }</pre>
 *
 * <p>{@code AVRO}, {@code JSON_SR} and {@code PROTOBUF} need Schema Registry in the environment.
 */
public enum DataFormat {
  /** Avro with Schema Registry. */
  AVRO,
  /** JSON Schema with Schema Registry. */
  JSON_SR,
  /** Protobuf with Schema Registry. */
  PROTOBUF,
  /** Schemaless JSON. */
  JSON,
  /** Plain strings. */
  STRING,
  /** Raw bytes. */
  BYTES,
  /** Parquet files (S3 Source input only). */
  PARQUET,
  /** CSV files (S3 Source input only). */
  CSV
}
