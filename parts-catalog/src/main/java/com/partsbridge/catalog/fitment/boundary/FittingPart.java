package com.partsbridge.catalog.fitment.boundary;

import com.partsbridge.catalog.part.boundary.KitView;
import com.partsbridge.catalog.part.boundary.PartView;
import java.util.List;

/**
 * A part that fits a unit at a position: the part the catalog lists for it, and the part we would
 * ship after following supersession ({@code toShip} is null when nothing in the chain can be had, or when a
 * kit ships instead: then {@code kit} is the kit that replaced the newest part of the chain).
 */
public record FittingPart(
        String position, PartView listed, PartView toShip, List<String> chain, boolean available, KitView kit) {

    /** A part whose chain ends in no kit. */
    public FittingPart(String position, PartView listed, PartView toShip, List<String> chain, boolean available) {
        this(position, listed, toShip, chain, available, null);
    }
}
