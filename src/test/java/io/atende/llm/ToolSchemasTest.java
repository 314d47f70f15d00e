package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import org.junit.jupiter.api.Test;

class ToolSchemasTest {

    @Test
    void shouldMapTypesDescriptionsEnumsArraysAndRequired() {
        ToolSpecification spec = ToolSchemas.toSpecification(new ToolSpec("rastrear", "Rastreia", """
                {"type":"object","properties":{
                  "pedido":{"type":"string","description":"número"},
                  "quantidade":{"type":"integer"},
                  "canal":{"type":"string","enum":["site","whatsapp"]},
                  "itens":{"type":"array","items":{"type":"string"}}},
                 "required":["pedido"],"additionalProperties":false}"""));

        assertThat(spec.name()).isEqualTo("rastrear");
        assertThat(spec.description()).isEqualTo("Rastreia");
        assertThat(spec.parameters().required()).containsExactly("pedido");
        assertThat(spec.parameters().additionalProperties()).isFalse();
        assertThat(spec.parameters().properties().get("pedido")).isInstanceOfSatisfying(JsonStringSchema.class,
                s -> assertThat(s.description()).isEqualTo("número"));
        assertThat(spec.parameters().properties().get("quantidade")).isInstanceOf(JsonIntegerSchema.class);
        assertThat(spec.parameters().properties().get("canal")).isInstanceOfSatisfying(JsonEnumSchema.class,
                s -> assertThat(s.enumValues()).containsExactly("site", "whatsapp"));
        assertThat(spec.parameters().properties().get("itens")).isInstanceOf(JsonArraySchema.class);
    }

    @Test
    void shouldPassAPropertyWithOtherKeywordsOnAsItsRawSchema() {
        ToolSpecification spec = ToolSchemas.toSpecification(new ToolSpec("cpf", "", """
                {"type":"object","properties":{"cpf":{"type":"string","pattern":"^[0-9]{11}$"}}}"""));

        assertThat(spec.parameters().properties().get("cpf")).isInstanceOfSatisfying(JsonRawSchema.class,
                s -> assertThat(s.schema()).contains("\"pattern\""));
    }

    @Test
    void shouldRefuseASchemaThatIsNotAnObjectSchema() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ToolSchemas.toSpecification(
                        new ToolSpec("x", "", "{\"type\":\"string\"}")))
                .isInstanceOfSatisfying(LlmException.class,
                        e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.INVALID_REQUEST));
    }
}
