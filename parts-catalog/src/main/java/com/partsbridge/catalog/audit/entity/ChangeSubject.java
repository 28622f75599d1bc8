package com.partsbridge.catalog.audit.entity;

/** What a catalog change is about. */
public enum ChangeSubject {
    PART,
    MODEL
}
