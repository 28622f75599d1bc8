package com.partsbridge.kernel;

/** A request is larger than the service takes (HTTP 413). */
public class TooLargeException extends BusinessException {

    public TooLargeException(String code, String message) {
        super(code, message);
    }
}
