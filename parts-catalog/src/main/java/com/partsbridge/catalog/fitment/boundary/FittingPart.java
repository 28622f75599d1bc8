package com.partsbridge.catalog.fitment.boundary;

import com.partsbridge.catalog.part.boundary.PartView;
import java.util.List;

/**
 * A part that fits a unit at a position: the part the catalog lists for it, and the part we would
 * ship after following supersession ({@code toShip} is null when nothing in the chain can be had).
 */
public record FittingPart(String position, PartView listed, PartView toShip, List<String> chain, boolean available) {}
