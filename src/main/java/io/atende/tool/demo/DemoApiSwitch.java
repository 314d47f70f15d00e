package io.atende.tool.demo;

import io.atende.pack.PackSource;
import io.atende.tool.ToolProperties.DemoApiMode;

/** Whether the demo store API answers: forced on or off, or (auto) when the pack in force points at it. */
record DemoApiSwitch(DemoApiMode mode, PackSource packs) {

    static final String PATH = "/demo-api";

    /** Looked at per request, so a reloaded pack that stops pointing at the demo API turns it off. */
    boolean enabled() {
        return switch (mode) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> packs.current().tools().baseUrlDefault().filter(b -> b.startsWith(PATH)).isPresent();
        };
    }
}
