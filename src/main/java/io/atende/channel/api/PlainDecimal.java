package io.atende.channel.api;

import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Money as a JSON number with every digit and no exponent: {@code 0.00000005}, never {@code 5E-8}. */
final class PlainDecimal extends ValueSerializer<BigDecimal> {

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext context) {
        gen.writeNumber(value.stripTrailingZeros().toPlainString());
    }
}
