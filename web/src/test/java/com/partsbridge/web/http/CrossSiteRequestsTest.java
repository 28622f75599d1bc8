package com.partsbridge.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {

    @Test
    void anOriginIsSchemeHostAndPortWithTheDefaultPortSpelledOut() {
        assertEquals(Optional.of("https://parts.example:443"), CrossSiteRequests.originOf("https://Parts.Example"));
        assertEquals(
                Optional.of("http://127.0.0.1:8080"),
                CrossSiteRequests.originOf("http://127.0.0.1:8080/my/units.xhtml?x=1"));
    }

    @Test
    void anOpaqueOrUnreadableOriginIsNoOrigin() {
        assertEquals(Optional.empty(), CrossSiteRequests.originOf("null"));
        assertEquals(Optional.empty(), CrossSiteRequests.originOf("file:///tmp/x.html"));
        assertEquals(Optional.empty(), CrossSiteRequests.originOf("http://exa mple"));
    }
}
