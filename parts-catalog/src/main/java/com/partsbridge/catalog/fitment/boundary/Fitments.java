package com.partsbridge.catalog.fitment.boundary;

import com.partsbridge.catalog.fitment.control.SupersessionResolver;
import com.partsbridge.catalog.fitment.entity.Fitment;
import com.partsbridge.catalog.fitment.entity.SerialNumber;
import com.partsbridge.catalog.model.boundary.ModelView;
import com.partsbridge.catalog.model.control.ModelRepository;
import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.catalog.part.boundary.PartView;
import com.partsbridge.catalog.part.control.PartRepository;
import com.partsbridge.catalog.part.entity.Part;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    Clock clock;

    public FitmentView add(String modelCode, NewFitment request) {
        ProductModel model = models.require(modelCode);
        Part part = parts.require(request.partNumber());
        Fitment fitment = new Fitment(part, model, request.serialFrom(), request.serialTo(), request.position());
        em.persist(fitment);
        return FitmentView.of(fitment);
    }

    /**
     * The parts that fit one unit, by position, each resolved through its supersession chain to the part we
     * would ship. A unit's bill of materials is short, so the list is not paged.
     */
    public List<FittingPart> partsThatFit(String modelCode, String serial) {
        String code = ProductModel.normalizeCode(modelCode);
        List<Fitment> fitments = fitmentsOf(code, SerialNumber.normalize(serial), true);
        if (fitments.isEmpty()) {
            models.require(code); // an unknown model is a 404, a known one with nothing listed an empty list
        }
        // one row per position and listed part; a successor listed as well collapses onto the same answer
        Map<String, FittingPart> byPositionAndShipped = new LinkedHashMap<>();
        for (Fitment f : fitments) {
            List<Part> chain = f.part().chain();
            Part toShip = SupersessionResolver.newestOrderable(chain).orElse(null);
            String key = f.position() + "|" + (toShip == null ? f.part().partNumber() : toShip.partNumber());
            byPositionAndShipped.putIfAbsent(
                    key,
                    new FittingPart(
                            f.position(),
                            PartView.of(f.part()),
                            toShip == null ? null : PartView.of(toShip),
                            numbers(chain),
                            toShip != null));
        }
        return List.copyOf(byPositionAndShipped.values());
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
            for (Part p : f.part().chain()) {
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

    /** Positions of a model (over all its serial ranges) for which no part of the listed chain can be ordered. */
    public List<String> positionsWithoutOrderablePart(String modelCode) {
        List<Fitment> fitments = em.createQuery(
                        "select f from Fitment f join fetch f.part where f.model.code = :code order by f.position",
                        Fitment.class)
                .setParameter("code", ProductModel.normalizeCode(modelCode))
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
        return fitments.stream()
                .filter(f ->
                        SupersessionResolver.newestOrderable(f.part().chain()).isEmpty())
                .map(f -> f.position() + " (" + f.part().partNumber() + ", serials " + f.serialFrom() + "-"
                        + f.serialTo() + ")")
                .distinct()
                .toList();
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
                explain(requested, model, resolution));
    }

    /** Numbers of the parts listed for the unit and of every part that supersedes one of them. */
    private Set<String> partsFitting(ProductModel model, String serial) {
        Set<String> fitting = new HashSet<>();
        for (Fitment f : fitmentsOf(model.code(), serial, false)) {
            f.part().chain().forEach(p -> fitting.add(p.partNumber()));
        }
        return fitting;
    }

    /**
     * The unit's fitments with their parts, in one query (the model by its code included). The fits-my-unit
     * page only reads them: {@code readOnly} skips snapshots and dirty checking. Callers that may change a
     * part in the same transaction must not ask for read-only instances.
     */
    private List<Fitment> fitmentsOf(String modelCode, String serial, boolean readOnly) {
        return em.createQuery("""
                        select f from Fitment f join fetch f.part
                        where f.model.code = :code and f.serialFrom <= :serial and f.serialTo >= :serial
                          and length(f.serialFrom) = :width
                        order by f.position, f.id""", Fitment.class)
                .setParameter("code", modelCode)
                .setParameter("serial", serial)
                .setParameter("width", serial.length())
                .setHint("org.hibernate.readOnly", readOnly)
                .getResultList();
    }

    private static List<String> numbers(List<Part> chain) {
        return chain.stream().map(Part::partNumber).toList();
    }

    private static String explain(Part requested, ProductModel model, SupersessionResolver.Resolution r) {
        if (!r.chainFits()) {
            return requested.partNumber() + " and the parts that supersede it do not fit this " + model.name()
                    + " unit";
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
