package com.partsbridge.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A black-box system test: the EAR the build produced, deployed by Arquillian on the provisioned WildFly and
 * driven over HTTP from outside ({@code testable = false}), as a client or a browser would.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class SystemTest {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.partsBridge();
    }

    /** A 400 problem+json that names {@code field} and leaks no exception. */
    public static void assertBadRequestNaming(String field, Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertTrue(
                reply.json().getJsonArray("errors").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(e -> e.getString("field").equals(field)),
                () -> "no error for " + field + ": " + reply);
        assertFalse(reply.body().contains("Exception"), "no stack trace or exception names leak");
    }
}
