package id.kinerja.common.i18n;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Message} as its text in the request's language. */
public class MessageSerializer extends StdSerializer<Message> {

  public MessageSerializer() {
    super(Message.class);
  }

  @Override
  public void serialize(Message value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.text());
  }
}
