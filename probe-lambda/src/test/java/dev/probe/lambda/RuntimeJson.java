package dev.probe.lambda;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** Sends events and responses through JSON with the Lambda runtime's own serializer. */
final class RuntimeJson {
  private RuntimeJson() {}

  static <T> T roundTrip(T value, Class<T> type) {
    PojoSerializer<T> serializer =
        LambdaEventSerializers.serializerFor(type, RuntimeJson.class.getClassLoader());
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    serializer.toJson(value, json);
    return serializer.fromJson(new ByteArrayInputStream(json.toByteArray()));
  }
}
