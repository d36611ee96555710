package org.newswire.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Conditional GET: a strong ETag from the response body, and 304 when the client already has it. */
public final class ETags {

    private ETags() {
    }

    public static Response ok(Request request, Object body, ObjectMapper mapper) {
        EntityTag tag = new EntityTag(digest(body, mapper));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified.tag(tag).build() : Response.ok(body).tag(tag).build();
    }

    private static String digest(Object body, ObjectMapper mapper) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(body));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot compute an ETag", e);
        }
    }
}
