package com.partsbridge.kernel;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFoundException extends BusinessException {

    public NotFoundException(String code, String message) {
        super(code, message);
    }
}
