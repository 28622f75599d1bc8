package com.partsbridge.rma.impact.entity;

/**
 * The customer journeys whose failures we watch: a failure on one of them is a customer who could not do
 * what they came for. The web module maps its pages and API paths to these.
 */
public enum Journey {
    FIT_LOOKUP("looking up the parts that fit your unit"),
    PART_REQUEST("requesting a part"),
    RMA_TRACKING("following your requests"),
    OPTIONS("looking at the options for a part we no longer make"),
    ACCOUNT("using your account pages");

    private final String doing;

    Journey(String doing) {
        this.doing = doing;
    }

    /** What the customer was doing, as the apology says it ("while you were ..."). */
    public String doing() {
        return doing;
    }
}
