package com.partsbridge.rma.casework.boundary;

/** A member of staff a case may be handed to, with the name customers read. */
public record StaffMember(String username, String name) {}
