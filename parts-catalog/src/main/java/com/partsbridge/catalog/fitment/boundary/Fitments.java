package com.partsbridge.catalog.fitment.boundary;

import com.partsbridge.catalog.audit.control.ChangeLog;
import com.partsbridge.catalog.fitment.control.FitmentRow;
import com.partsbridge.catalog.fitment.control.FitmentRows;
import com.partsbridge.catalog.fitment.control.PartRow;
import com.partsbridge.catalog.fitment.control.SupersessionResolver;
import com.partsbridge.catalog.fitment.entity.Fitment;
import com.partsbridge.catalog.fitment.entity.SerialNumber;
import com.partsbridge.catalog.model.boundary.ModelView;
import com.partsbridge.catalog.model.control.ModelRepository;
import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.catalog.part.boundary.KitView;
import com.partsbridge.catalog.part.boundary.PartView;
import com.partsbridge.catalog.part.control.PartRepository;
import com.partsbridge.catalog.part.entity.Kit;
import com.partsbridge.catalog.part.entity.Part;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which parts fit which units, and what we would ship for a requested part. */
@Stateless
public class Fitments {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    ModelRepository models;

    @Inject
    PartRepository parts;

    @Inject
    FitmentRows rows;

    @Inject
    Clock clock;

    @Inject
    ChangeLog changes;

    @Resource
    SessionContext caller;

    public FitmentView add(String modelCode, @Valid @NotNull NewFitment request) {
        ProductModel model = models.require(modelCode);
        Part part = parts.require(request.partNumber());
        Fitment fitment = new Fitment(part, model, request.serialFrom(), request.serialTo(), request.position());
        em.persist(fitment);
        changes.model(model.code(), "fitment added", null, described(fitment), me());
        return FitmentView.of(fitment);
    }

    /** A model's fitments by position, then serial range: what an admin reviews and corrects. */
    public Page<FitmentView> ofModel(String modelCode, PageRequest page) {
        ProductModel model = models.require(modelCode);
        List<Fitment> items = em.createQuery("""
                        select f from Fitment f join fetch f.part join fetch f.model
                        where f.model = :model
                        order by f.position, f.serialFrom, f.id""", Fitment.class)
                .setParameter("model", model)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(f) from Fitment f where f.model = :model", Long.class)
                .setParameter("model", model)
                .getSingleResult();
        return Page.of(items, page, total).map(FitmentView::of);
    }

    /** Removes a fitment of this model (one listed by mistake); a fitment of another model is not found. */
    public void remove(String modelCode, long fitmentId) {
        ProductModel model = models.require(modelCode);
        Fitment fitment = em.find(Fitment.class, fitmentId);
        if (fitment == null || !fitment.model().code().equals(model.code())) {
            throw new NotFoundException("fitment-not-found", "model " + model.code() + " has no fitment " + fitmentId);
        }
        String what = described(fitment);
        em.remove(fitment);
        changes.model(model.code(), "fitment removed", what, null, me());
    }

    private static String described(Fitment f) {
        return f.part().partNumber() + " at " + f.position() + ", serials " + f.serialFrom() + " to " + f.serialTo();
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    /**
     * The parts that fit one unit, by position, each resolved through its supersession chain to the part we
     * would ship. A unit's bill of materials is short, so the list is not paged. It only reads, so it joins a
     * transaction when there is one and starts none: beginning and committing one was a twentieth of a lookup.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FittingPart> partsThatFit(String modelCode, String serial) {
        String code = ProductModel.normalizeCode(modelCode);
        List<FitmentRow> fitments = rows.ofUnit(code, SerialNumber.normalize(serial));
        if (fitments.isEmpty()) {
            models.require(code); // an unknown model is a 404, a known one with nothing listed an empty list
        }
        return onePerPositionAndShippedPart(
                fitments,
                (f, choice) -> new FittingPart(
                        f.position(),
                        view(f, f.part()),
                        partToShip(f, choice),
                        rowNumbers(f.chain()),
                        choice != null,
                        kitToShip(choice)));
    }

    /** What a unit's answer says of one fitment, given what we would ship (null: nothing). */
    @FunctionalInterface
    private interface FitAnswer<T> {
        T of(FitmentRow fitment, SupersessionResolver.Choice<PartRow> toShip);
    }

    private static PartView partToShip(FitmentRow f, SupersessionResolver.Choice<PartRow> choice) {
        return choice == null || choice.kit().isPresent() ? null : view(f, choice.part());
    }

    private static KitView kitToShip(SupersessionResolver.Choice<PartRow> choice) {
        return choice == null ? null : choice.kit().map(KitView::of).orElse(null);
    }

    /**
     * One answer per position and part to ship: a successor listed as well collapses onto the same answer, which
     * is built once (the lookup's hot path).
     */
    private static <T> List<T> onePerPositionAndShippedPart(List<FitmentRow> fitments, FitAnswer<T> answer) {
        Map<String, T> byPositionAndShipped = new LinkedHashMap<>();
        for (FitmentRow f : fitments) {
            var toShip = SupersessionResolver.newestShippable(f.chain(), PartRow::isOrderable, PartRow::replacingKit)
                    .orElse(null);
            String key = f.position() + "|"
                    + (toShip == null
                            ? f.part().partNumber()
                            : toShip.kit().map(Kit::label).orElse(toShip.part().partNumber()));
            byPositionAndShipped.computeIfAbsent(key, k -> answer.of(f, toShip));
        }
        return List.copyOf(byPositionAndShipped.values());
    }

    private static PartView view(FitmentRow fitment, PartRow p) {
        return new PartView(
                p.partNumber(),
                p.description(),
                p.listPrice(),
                p.currency(),
                p.lifecycle(),
                p.stockOnHand(),
                p.isOrderable(),
                fitment.successorOf(p),
                p.interchangeability(),
                p.replacingKit().map(KitView::of).orElse(null));
    }

    /**
     * Every spare part of a model over all its serial ranges, by position: each listed part and each part that
     * supersedes it (a customer may order either), once per position, with the serial ranges it serves.
     */
    public ModelSpareParts sparePartsOf(String modelCode) {
        ProductModel model = models.require(modelCode);
        List<Fitment> fitments = em.createQuery("""
                        select f from Fitment f join fetch f.part
                        where f.model = :model
                        order by f.position, f.id""", Fitment.class)
                .setParameter("model", model)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
        Map<String, Part> partsByKey = new LinkedHashMap<>();
        Map<String, Set<String>> rangesByKey = new LinkedHashMap<>();
        for (Fitment f : fitments) {
            List<Part> chain = new ArrayList<>(f.part().chain());
            chain.get(chain.size() - 1).kitMembers().forEach(m -> chain.add(m.part())); // a kit's parts too
            for (Part p : chain) {
                String key = f.position() + "|" + p.partNumber();
                partsByKey.putIfAbsent(key, p);
                rangesByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f.serialFrom() + "-" + f.serialTo());
            }
        }
        LocalDate supportUntil = model.partsSupportUntil().orElse(null);
        List<SparePart> spareParts = new ArrayList<>();
        partsByKey.forEach((key, part) -> spareParts.add(SparePart.of(
                key.substring(0, key.lastIndexOf('|')), part, supportUntil, List.copyOf(rangesByKey.get(key)))));
        return new ModelSpareParts(ModelView.of(model, LocalDate.now(clock)), List.copyOf(spareParts));
    }

    /**
     * The parts that fit one unit, each with why it fits and what replaced it, for people. Unlike
     * {@link #partsThatFit}, a model or serial we do not know is a 404 that says what to check: the label, or
     * the serials this model's units have.
     */
    public List<ExplainedFit> explainedFor(String modelCode, String serial) {
        String code = ProductModel.normalizeCode(modelCode);
        ProductModel model = models.byCode(code)
                .orElseThrow(() -> new NotFoundException(
                        "model-not-found",
                        "we don't know model " + code
                                + ": check the model printed on the label under the unit (e.g. HARMONY-880)"));
        String normalized = SerialNumber.normalize(serial);
        List<FitmentRow> fitments = rows.ofUnit(code, normalized);
        if (fitments.isEmpty()) {
            throw new NotFoundException("serial-not-found", unknownSerial(model, normalized));
        }
        return onePerPositionAndShippedPart(
                fitments,
                (f, toShip) -> new ExplainedFit(
                        f.position(),
                        view(f, f.part()),
                        partToShip(f, toShip),
                        f.serialFrom(),
                        f.serialTo(),
                        "fits " + model.code() + " serials " + f.serialFrom() + " to " + f.serialTo()
                                + ", which include your " + normalized,
                        supersessionInWords(f.chain(), toShip),
                        kitToShip(toShip)));
    }

    /** "no HARMONY-880 unit has serial X: serials of this model look like A to B", or that none are listed. */
    private String unknownSerial(ProductModel model, String serial) {
        Object[] range = em.createQuery(
                        "select min(f.serialFrom), max(f.serialTo) from Fitment f where f.model.code = :code",
                        Object[].class)
                .setParameter("code", model.code())
                .getSingleResult();
        if (range[0] == null) {
            return "we list no parts for any " + model.code() + " unit yet";
        }
        return "no " + model.code() + " unit has serial " + serial + ": serials of this model look like " + range[0]
                + " to " + range[1] + "; check the serial on the label under the unit";
    }

    /**
     * "BD-880-A (Battery door) is no longer made; it is replaced by BD-880-U (Battery door, universal hinge)", or
     * "Replaced by a kit: DOOR-2 + 2 × PIN-1" when a kit ships.
     */
    private static String supersessionInWords(List<PartRow> chain, SupersessionResolver.Choice<PartRow> choice) {
        PartRow listed = chain.get(0);
        if (choice != null && choice.kit().isPresent()) {
            Kit kit = choice.kit().get();
            return "Replaced by a kit: " + kit.label() + " ("
                    + String.join(
                            ", ",
                            kit.members().stream().map(Kit.Member::description).toList())
                    + "), which fits your unit too and ships together";
        }
        PartRow toShip = choice == null ? null : choice.part();
        if (toShip == null) {
            return chain.size() == 1
                    ? listed.partNumber() + " is no longer made and nothing replaces it"
                    : listed.partNumber() + " is no longer made, nor is any part that replaced it ("
                            + String.join(", ", rowNumbers(chain.subList(1, chain.size()))) + ")";
        }
        if (toShip.partNumber().equals(listed.partNumber())) {
            return null;
        }
        return listed.partNumber() + " (" + listed.description() + ") is replaced by " + toShip.partNumber() + " ("
                + toShip.description() + "), which fits your unit too";
    }

    /** Positions of a model (over all its serial ranges) for which no part of the listed chain can be ordered. */
    public List<String> positionsWithoutOrderablePart(String modelCode) {
        List<Fitment> fitments = em.createQuery(
                        "select f from Fitment f join fetch f.part where f.model.code = :code order by f.position",
                        Fitment.class)
                .setParameter("code", ProductModel.normalizeCode(modelCode))
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
        return fitments.stream()
                .filter(f -> SupersessionResolver.newestShippable(f.part().chain(), Part::isOrderable, Part::kit)
                        .isEmpty())
                .map(f -> f.position() + " (" + f.part().partNumber() + ", serials " + f.serialFrom() + "-"
                        + f.serialTo() + ")")
                .distinct()
                .toList();
    }

    /**
     * The positions a model has fitments for among units whose serials lie in a range (fitment ranges that
     * overlap it), e.g. for the hotspots of a revision's diagram. Sorted, each once.
     */
    public List<String> positionsIn(String modelCode, String serialFrom, String serialTo) {
        String from = SerialNumber.normalize("serialFrom", serialFrom);
        String to = SerialNumber.normalize("serialTo", serialTo);
        return em.createQuery("""
                        select distinct f.position from Fitment f
                        where f.model.code = :code and f.serialFrom <= :to and f.serialTo >= :from
                          and length(f.serialFrom) = :width
                        order by f.position""", String.class)
                .setParameter("code", ProductModel.normalizeCode(modelCode))
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("width", from.length())
                .getResultList();
    }

    /** Resolves a requested part number for a unit (model + serial): the part we would ship, if any. */
    public PartResolution resolve(String partNumber, String modelCode, String serial) {
        ProductModel model = models.require(modelCode);
        String normalizedSerial = SerialNumber.normalize(serial);
        Part requested = parts.require(partNumber);
        List<Part> chain = requested.chain();
        var resolution = SupersessionResolver.resolve(chain, partsFitting(model, normalizedSerial));
        PartView toShip = resolution.toShip().map(PartView::of).orElse(null);
        return new PartResolution(
                requested.partNumber(),
                model.code(),
                normalizedSerial,
                resolution.chainFits(),
                resolution.requestedFits(),
                toShip,
                numbers(chain),
                explain(requested, model, resolution),
                resolution.kitToShip().map(KitView::of).orElse(null));
    }

    /**
     * Numbers of the parts listed for the unit and of every part that supersedes one of them, the members of a
     * kit that does included.
     */
    private Set<String> partsFitting(ProductModel model, String serial) {
        Set<String> fitting = new HashSet<>();
        for (FitmentRow f : rows.ofUnit(model.code(), serial)) {
            f.chain().forEach(p -> {
                fitting.add(p.partNumber());
                p.replacingKit().ifPresent(kit -> fitting.addAll(kit.partNumbers()));
            });
        }
        return fitting;
    }

    private static List<String> numbers(List<Part> chain) {
        return chain.stream().map(Part::partNumber).toList();
    }

    private static List<String> rowNumbers(List<PartRow> chain) {
        return chain.stream().map(PartRow::partNumber).toList();
    }

    private static String explain(Part requested, ProductModel model, SupersessionResolver.Resolution r) {
        if (!r.chainFits()) {
            return requested.partNumber() + " and the parts that supersede it do not fit this " + model.name()
                    + " unit";
        }
        if (r.kitToShip().isPresent()) {
            return requested.partNumber() + " is superseded by a kit; "
                    + r.kitToShip().get().label() + " fits this unit and ships instead, together";
        }
        if (r.toShip().isEmpty()) {
            return "no part of the chain " + String.join(" > ", numbers(r.chain()))
                    + " that fits this unit can be ordered any more";
        }
        Part shipped = r.toShip().get();
        if (shipped.partNumber().equals(requested.partNumber())) {
            return requested.partNumber() + " fits this unit";
        }
        return requested.partNumber() + " is superseded; " + shipped.partNumber() + " fits this unit and ships instead";
    }
}
