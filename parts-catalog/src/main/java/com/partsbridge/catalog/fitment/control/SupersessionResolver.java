package com.partsbridge.catalog.fitment.control;

import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.Part;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides which part of a supersession chain we would ship for a unit.
 *
 * <p>A part fits a unit when the unit lists it, or when it supersedes, directly or through other parts,
 * a part the unit lists: a newer part always fits the units of the part it replaces. An older part fits
 * where a newer one does only if every link between them is {@link Interchangeability#TWO_WAY}. Of the
 * parts of the requested chain that fit, the newest orderable one wins.
 */
public final class SupersessionResolver {

    private SupersessionResolver() {}

    /**
     * @param chain the requested part followed by its successors, oldest first
     * @param fittingForward numbers of the parts the unit lists and of the parts that supersede them
     */
    public static Resolution resolve(List<Part> chain, Set<String> fittingForward) {
        int firstListed = -1;
        for (int i = 0; i < chain.size(); i++) {
            if (fittingForward.contains(chain.get(i).partNumber())) {
                firstListed = i;
                break;
            }
        }
        if (firstListed < 0) {
            return new Resolution(chain, false, false, Optional.empty());
        }
        int oldestFitting = firstListed;
        while (oldestFitting > 0
                && chain.get(oldestFitting - 1)
                        .interchangeability()
                        .filter(Interchangeability.TWO_WAY::equals)
                        .isPresent()) {
            oldestFitting--;
        }
        boolean requestedFits = oldestFitting == 0;
        for (int i = chain.size() - 1; i >= oldestFitting; i--) {
            if (chain.get(i).isOrderable()) {
                return new Resolution(chain, true, requestedFits, Optional.of(chain.get(i)));
            }
        }
        return new Resolution(chain, true, requestedFits, Optional.empty());
    }

    /** Resolution of a part already known to fit the unit: the newest orderable part of its chain. */
    public static Optional<Part> newestOrderable(List<Part> chain) {
        return newestOrderable(chain, Part::isOrderable);
    }

    /** The same rule over any view of a chain's parts, such as the rows the fit lookup reads. */
    public static <P> Optional<P> newestOrderable(List<P> chain, Predicate<? super P> orderable) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (orderable.test(chain.get(i))) {
                return Optional.of(chain.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * @param chain the chain walked
     * @param chainFits whether any part of the chain fits the unit
     * @param requestedFits whether the requested part itself fits the unit
     * @param toShip the newest orderable part that fits; empty when nothing that fits can be shipped
     */
    public record Resolution(List<Part> chain, boolean chainFits, boolean requestedFits, Optional<Part> toShip) {}
}
