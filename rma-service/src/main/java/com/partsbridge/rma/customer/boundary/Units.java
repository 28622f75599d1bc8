package com.partsbridge.rma.customer.boundary;

import com.partsbridge.catalog.fitment.entity.SerialNumber;
import com.partsbridge.catalog.model.boundary.ProductModels;
import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.IntegrityViolations;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.customer.entity.Customer;
import com.partsbridge.rma.customer.entity.RegisteredUnit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** A customer's registered units. Every call is on behalf of one signed-in customer. */
@Stateless
public class Units {

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    ProductModels catalogModels;

    @Inject
    Clock clock;

    public Page<UnitView> of(String username, PageRequest page) {
        var items = em.createQuery("""
                        select u from RegisteredUnit u where u.owner.username = :username
                        order by u.purchasedOn desc, u.id""", RegisteredUnit.class)
                .setParameter("username", username)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery(
                        "select count(u) from RegisteredUnit u where u.owner.username = :username", Long.class)
                .setParameter("username", username)
                .getSingleResult();
        return Page.of(items, page, total).map(UnitView::of);
    }

    /**
     * Registers a unit to the caller. A unit the caller already registered is a 409 that says so (it is
     * theirs to see). A unit registered to anyone else is a 409 that says only that it cannot be registered
     * to this account: the same words whoever holds it, naming no account, date or id, also when two
     * registrations race; support settles who owns it from the proof of purchase.
     */
    public UnitView register(String username, @Valid NewUnit unit) {
        Customer owner = customer(username);
        String model = catalogModels.byCode(unit.modelCode()).code(); // 404 for a model we do not know
        String serial = SerialNumber.normalize(unit.serial());
        RegisteredUnit holder = em.createQuery("""
                        select u from RegisteredUnit u join fetch u.owner
                        where u.modelCode = :model and u.serial = :serial""", RegisteredUnit.class)
                .setParameter("model", model)
                .setParameter("serial", serial)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (holder != null && holder.isOwnedBy(username)) {
            throw new ConflictException(
                    "unit-already-yours",
                    "you registered " + model + " " + serial + " already, as unit " + holder.id());
        }
        if (holder != null) {
            throw notRegistrable(model, serial);
        }
        RegisteredUnit registered = new RegisteredUnit(
                owner, model, serial, unit.purchasedOn(), unit.proofOfPurchase(), LocalDate.now(clock));
        em.persist(registered);
        try {
            em.flush(); // another account registering the same unit at this moment trips the unique key here
        } catch (PersistenceException e) {
            throw IntegrityViolations.causedOne(e) ? notRegistrable(model, serial) : e;
        }
        return UnitView.of(registered);
    }

    private static ConflictException notRegistrable(String model, String serial) {
        return new ConflictException(
                "unit-not-registrable",
                model + " " + serial
                        + " cannot be registered to your account. If it is yours, contact support with your proof of purchase.");
    }

    public Customer customer(String username) {
        return em.createQuery("select c from Customer c where c.username = :username", Customer.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("customer-not-found", "no customer record for " + username));
    }

    /**
     * The caller's unit with this model and serial, as the label shows them (normalised here, as at
     * registration); empty when the caller has none, also when someone else registered it or the text cannot be
     * a model or serial at all.
     */
    public Optional<UnitView> mine(String username, String modelCode, String serial) {
        String model;
        String number;
        try {
            model = ProductModel.normalizeCode(modelCode);
            number = SerialNumber.normalize(serial);
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
        return em.createQuery("""
                        select u from RegisteredUnit u
                        where u.modelCode = :model and u.serial = :serial and u.owner.username = :username""", RegisteredUnit.class)
                .setParameter("model", model)
                .setParameter("serial", number)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(UnitView::of);
    }

    /** The unit if this customer owns it; someone else's unit is as unknown as a missing one. */
    public RegisteredUnit ownedBy(String username, long unitId) {
        RegisteredUnit unit = em.find(RegisteredUnit.class, unitId);
        if (unit == null || !unit.isOwnedBy(username)) {
            throw new NotFoundException("unit-not-found", "you have no registered unit " + unitId);
        }
        return unit;
    }

    /** Any customer's unit, for staff (the rep desk's service history); an unknown id is a 404. */
    public UnitView any(long unitId) {
        RegisteredUnit unit = em.find(RegisteredUnit.class, unitId);
        if (unit == null) {
            throw new NotFoundException("unit-not-found", "no registered unit " + unitId);
        }
        return UnitView.of(unit);
    }

    /** Any customer's unit by model and serial as the label shows them, for staff; none is a 404. */
    public UnitView any(String modelCode, String serial) {
        String model = ProductModel.normalizeCode(modelCode);
        String number = SerialNumber.normalize(serial);
        return em.createQuery(
                        "select u from RegisteredUnit u where u.modelCode = :model and u.serial = :serial",
                        RegisteredUnit.class)
                .setParameter("model", model)
                .setParameter("serial", number)
                .getResultStream()
                .findFirst()
                .map(UnitView::of)
                .orElseThrow(() -> new NotFoundException("unit-not-found", "no registered " + model + " " + number));
    }
}
