package com.partsbridge.web.security;

/** The four kinds of user; each sees only what belongs to it. */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String REP = "rep";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";

    private Roles() {}
}
