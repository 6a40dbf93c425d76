package dev.connectkit.internal.backend;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.internal.wire.AlterOffsetsRequestDto;
import dev.connectkit.internal.wire.AlterOffsetsStatusDto;
import dev.connectkit.internal.wire.ConfigInfosDto;
import dev.connectkit.internal.wire.DeleteResponseDto;
import dev.connectkit.internal.wire.MessageDto;
import dev.connectkit.internal.wire.OffsetsBodyDto;
import dev.connectkit.internal.wire.OffsetsDto;
import java.util.List;
import java.util.Map;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The Connect REST endpoints of every target, relative to the target's scope URL (a Kafka Connect worker, a Confluent
 * Cloud cluster, a Self-Service business unit and stage). Which of them a target has is its {@link TargetSpec}'s.
 */
interface ConnectApi {
  @POST("connectors")
  Call<Connector> create(@Body RequestBody body);

  /** {@code expand} as the target takes it: repeated (Kafka Connect) or one comma-separated value (Connect v1). */
  @GET("connectors")
  Call<List<ConnectorInfo>> list(@Query(value = "expand", encoded = true) List<String> expand);

  @GET("connectors/{name}")
  Call<Connector> get(@Path("name") String name);

  @PUT("connectors/{name}/config")
  Call<Connector> putConfig(@Path("name") String name, @Body Map<String, String> config);

  /** Kafka Connect: 204, no body. */
  @DELETE("connectors/{name}")
  Call<Void> delete(@Path("name") String name);

  /** Connect v1: a body that may carry an {@code error}. */
  @DELETE("connectors/{name}")
  Call<DeleteResponseDto> deleteWithAnswer(@Path("name") String name);

  @PUT("connectors/{name}/pause")
  Call<Void> pause(@Path("name") String name);

  @PUT("connectors/{name}/resume")
  Call<Void> resume(@Path("name") String name);

  /** Kafka Connect only. */
  @PUT("connectors/{name}/stop")
  Call<Void> stop(@Path("name") String name);

  /** The plain restart (connector and tasks), without parameters: what Connect v1 takes. */
  @POST("connectors/{name}/restart")
  Call<Void> restart(@Path("name") String name);

  /** Kafka Connect: 204 without a body for a plain restart, 202 with the restart plan (what is RESTARTING) otherwise. */
  @POST("connectors/{name}/restart")
  Call<ConnectorStatus> restart(
      @Path("name") String name,
      @Query("includeTasks") boolean includeTasks,
      @Query("onlyFailed") boolean onlyFailed);

  /** Kafka Connect only. */
  @POST("connectors/{name}/tasks/{task}/restart")
  Call<Void> restartTask(@Path("name") String name, @Path("task") int task);

  @GET("connectors/{name}/status")
  Call<ConnectorStatus> status(@Path("name") String name);

  @PUT("connector-plugins/{plugin}/config/validate")
  Call<ConfigInfosDto> validate(@Path("plugin") String plugin, @Body Map<String, String> config);

  @GET("connectors/{name}/offsets")
  Call<OffsetsDto> offsets(@Path("name") String name);

  /** Kafka Connect: alters the offsets of a stopped connector, synchronously. */
  @PATCH("connectors/{name}/offsets")
  Call<MessageDto> alterOffsets(@Path("name") String name, @Body OffsetsBodyDto body);

  /** Kafka Connect: resets the offsets of a stopped connector, synchronously. */
  @DELETE("connectors/{name}/offsets")
  Call<MessageDto> resetOffsets(@Path("name") String name);

  /** Connect v1: asks for an offsets change, applied asynchronously. */
  @POST("connectors/{name}/offsets/request")
  Call<AlterOffsetsStatusDto.RequestDto> requestOffsets(@Path("name") String name, @Body AlterOffsetsRequestDto body);

  /** Connect v1: the last offsets request's status. */
  @GET("connectors/{name}/offsets/request/status")
  Call<AlterOffsetsStatusDto> offsetsRequestStatus(@Path("name") String name);
}
