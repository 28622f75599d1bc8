package com.partsbridge.catalog.fitment.control;

import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.Kit;
import com.partsbridge.catalog.part.entity.Part;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Decides which part of a supersession chain we would ship for a unit.
 *
 * <p>A part fits a unit when the unit lists it, or when it supersedes, directly or through other parts,
 * a part the unit lists: a newer part always fits the units of the part it replaces. An older part fits
 * where a newer one does only if every link between them is {@link Interchangeability#TWO_WAY}. Of the
 * parts of the requested chain that fit, the newest orderable one wins.
 *
 * <p>A chain may end in a kit (1:N supersession, see {@link Kit}): the newest part of the chain is replaced by
 * a set of parts that ship together. The kit is then the newest candidate: it ships when every member does;
 * otherwise the newest orderable part of the chain ships, as without a kit. The kit's members fit wherever the
 * part it replaces does (they are in {@code fittingForward}).
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
            return new Resolution(chain, false, false, Optional.empty(), Optional.empty());
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
        Optional<Kit> kit = chain.get(chain.size() - 1).kit().filter(Kit::isShippable);
        if (kit.isPresent()) {
            return new Resolution(chain, true, requestedFits, Optional.empty(), kit);
        }
        for (int i = chain.size() - 1; i >= oldestFitting; i--) {
            if (chain.get(i).isOrderable()) {
                return new Resolution(chain, true, requestedFits, Optional.of(chain.get(i)), Optional.empty());
            }
        }
        return new Resolution(chain, true, requestedFits, Optional.empty(), Optional.empty());
    }

    /**
     * The same rule, kits included, over any view of a chain's parts (such as the rows the fit lookup reads):
     * the kit that replaces the newest part when it ships, else the newest orderable part.
     */
    public static <P> Optional<Choice<P>> newestShippable(
            List<P> chain, Predicate<? super P> orderable, Function<? super P, Optional<Kit>> kitOf) {
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        P newest = chain.get(chain.size() - 1);
        Optional<Kit> kit = kitOf.apply(newest).filter(Kit::isShippable);
        if (kit.isPresent()) {
            return Optional.of(new Choice<>(newest, kit));
        }
        return newestOrderable(chain, orderable).map(p -> new Choice<>(p, Optional.empty()));
    }

    /**
     * What ships: {@code part} itself, or, when {@code kit} is present, the kit that replaced {@code part}.
     */
    public record Choice<P>(P part, Optional<Kit> kit) {}

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
     * @param toShip the newest orderable part that fits; empty when nothing that fits can be shipped, or a kit ships
     * @param kitToShip the kit that replaced the newest part of the chain, when it ships
     */
    public record Resolution(
            List<Part> chain,
            boolean chainFits,
            boolean requestedFits,
            Optional<Part> toShip,
            Optional<Kit> kitToShip) {

        public boolean shippable() {
            return toShip.isPresent() || kitToShip.isPresent();
        }
    }
}
