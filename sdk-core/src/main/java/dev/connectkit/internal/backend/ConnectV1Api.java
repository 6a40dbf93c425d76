package dev.connectkit.internal.backend;

import dev.connectkit.internal.wire.AlterOffsetsRequestDto;
import dev.connectkit.internal.wire.AlterOffsetsStatusDto;
import dev.connectkit.internal.wire.ConfigInfosDto;
import dev.connectkit.internal.wire.DeleteResponseDto;
import dev.connectkit.internal.wire.OffsetsDto;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorStatus;
import java.util.List;
import java.util.Map;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Connect v1 connector endpoints, relative to a target's scope URL (its cluster, or business unit and stage). */
interface ConnectV1Api {
  @POST("connectors")
  Call<Connector> create(@Body RequestBody body);

  @GET("connectors")
  Call<List<ConnectorInfo>> list(@Query(value = "expand", encoded = true) String expand);

  @GET("connectors/{name}")
  Call<Connector> get(@Path("name") String name);

  @PUT("connectors/{name}/config")
  Call<Connector> putConfig(@Path("name") String name, @Body Map<String, String> config);

  @DELETE("connectors/{name}")
  Call<DeleteResponseDto> delete(@Path("name") String name);

  @PUT("connectors/{name}/pause")
  Call<Void> pause(@Path("name") String name);

  @PUT("connectors/{name}/resume")
  Call<Void> resume(@Path("name") String name);

  @POST("connectors/{name}/restart")
  Call<Void> restart(@Path("name") String name);

  @GET("connectors/{name}/status")
  Call<ConnectorStatus> status(@Path("name") String name);

  @PUT("connector-plugins/{plugin}/config/validate")
  Call<ConfigInfosDto> validate(@Path("plugin") String plugin, @Body Map<String, String> config);

  @GET("connectors/{name}/offsets")
  Call<OffsetsDto> offsets(@Path("name") String name);

  @POST("connectors/{name}/offsets/request")
  Call<AlterOffsetsStatusDto.RequestDto> requestOffsets(
      @Path("name") String name, @Body AlterOffsetsRequestDto body);

  @GET("connectors/{name}/offsets/request/status")
  Call<AlterOffsetsStatusDto> offsetsRequestStatus(@Path("name") String name);
}
