package dev.connectkit.internal.backend;

import dev.connectkit.internal.wire.MessageDto;
import dev.connectkit.internal.wire.OffsetsBodyDto;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.internal.wire.ConfigInfosDto;
import dev.connectkit.internal.wire.OffsetsDto;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Apache Kafka Connect's REST API, relative to the worker's URL. */
interface KafkaConnectApi {
  @POST("connectors")
  Call<Connector> create(@Body okhttp3.RequestBody body);

  /** {@code expand} is a repeated parameter here (the comma form is not understood). */
  @GET("connectors?expand=status&expand=info")
  Call<List<ConnectorInfo>> list();

  @GET("connectors/{name}")
  Call<Connector> get(@Path("name") String name);

  @PUT("connectors/{name}/config")
  Call<Connector> putConfig(@Path("name") String name, @Body Map<String, String> config);

  @DELETE("connectors/{name}")
  Call<Void> delete(@Path("name") String name);

  @PUT("connectors/{name}/pause")
  Call<Void> pause(@Path("name") String name);

  @PUT("connectors/{name}/resume")
  Call<Void> resume(@Path("name") String name);

  @PUT("connectors/{name}/stop")
  Call<Void> stop(@Path("name") String name);

  /** 204 without a body for a plain restart, 202 with the restart plan (what is RESTARTING) otherwise. */
  @POST("connectors/{name}/restart")
  Call<ConnectorStatus> restart(
      @Path("name") String name,
      @Query("includeTasks") boolean includeTasks,
      @Query("onlyFailed") boolean onlyFailed);

  @POST("connectors/{name}/tasks/{task}/restart")
  Call<Void> restartTask(@Path("name") String name, @Path("task") int task);

  @GET("connectors/{name}/status")
  Call<ConnectorStatus> status(@Path("name") String name);

  @PUT("connector-plugins/{plugin}/config/validate")
  Call<ConfigInfosDto> validate(@Path("plugin") String plugin, @Body Map<String, String> config);

  @GET("connectors/{name}/offsets")
  Call<OffsetsDto> offsets(@Path("name") String name);

  @PATCH("connectors/{name}/offsets")
  Call<MessageDto> alterOffsets(@Path("name") String name, @Body OffsetsBodyDto body);

  @DELETE("connectors/{name}/offsets")
  Call<MessageDto> resetOffsets(@Path("name") String name);
}
