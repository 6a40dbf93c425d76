package dev.connectkit.internal.confluentcloud;

import dev.connectkit.internal.wire.AlterOffsetsRequestDto;
import dev.connectkit.internal.wire.AlterOffsetsStatusDto;
import dev.connectkit.internal.wire.ConfigInfosDto;
import dev.connectkit.internal.wire.ConnectorDto;
import dev.connectkit.internal.wire.DeleteResponseDto;
import dev.connectkit.internal.wire.ExpansionDto;
import dev.connectkit.internal.wire.OffsetsDto;
import dev.connectkit.internal.wire.StatusDto;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/** Confluent Cloud Connect v1, relative to {@code {base}/connect/v1/environments/{env}/clusters/{cluster}/}. */
interface ConfluentCloudApi {
  @POST("connectors")
  Call<ConnectorDto> create(@Body CreateRequestDto body);

  @GET("connectors?expand=info,status,id")
  Call<Map<String, ExpansionDto>> list();

  @GET("connectors/{name}")
  Call<ConnectorDto> get(@Path("name") String name);

  @PUT("connectors/{name}/config")
  Call<ConnectorDto> putConfig(@Path("name") String name, @Body Map<String, String> config);

  @DELETE("connectors/{name}")
  Call<DeleteResponseDto> delete(@Path("name") String name);

  @PUT("connectors/{name}/pause")
  Call<Void> pause(@Path("name") String name);

  @PUT("connectors/{name}/resume")
  Call<Void> resume(@Path("name") String name);

  @POST("connectors/{name}/restart")
  Call<Void> restart(@Path("name") String name);

  @GET("connectors/{name}/status")
  Call<StatusDto> status(@Path("name") String name);

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
