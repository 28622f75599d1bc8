package com.partsbridge.it.sweep;

/**
 * One request of the battery: {@code item} names what it tries (e.g. {@code body "x"}, {@code path {id}=-1}),
 * {@code target} is the raw, already percent-encoded path and query; {@code body} null means none is sent.
 */
public record Probe(String item, Credential credential, String method, String target, String contentType, String body) {

    public String describe() {
        return "[" + credential.name() + "] " + item;
    }
}
