package org.healthengineering.portal.web.api;

import jakarta.json.bind.JsonbException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A JSON failure is the client's (400) while the request body is read, the portal's (500) while the answer is written. */
class ProblemMapperTest {

    private static JsonbException thrownIn(String providerMethod) {
        JsonbException failure = new JsonbException("Cannot access the record's components");
        failure.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.eclipse.yasson.internal.Serializer", "serialize", "Serializer.java", 10),
            new StackTraceElement("org.glassfish.jersey.jsonb.internal.JsonBindingProvider", providerMethod,
                    "JsonBindingProvider.java", 20),
            new StackTraceElement("org.glassfish.jersey.message.internal.WriterInterceptorExecutor", "proceed",
                    "WriterInterceptorExecutor.java", 30)});
        return failure;
    }

    @Test
    void aFailureWritingTheAnswerIsThePortals() {
        assertTrue(ProblemMapper.writingAnswer(thrownIn("writeTo")));
    }

    @Test
    void aFailureReadingTheRequestIsTheClients() {
        assertFalse(ProblemMapper.writingAnswer(thrownIn("readFrom")));
        assertFalse(ProblemMapper.writingAnswer(new JsonbException("Unexpected char")));
    }
}
