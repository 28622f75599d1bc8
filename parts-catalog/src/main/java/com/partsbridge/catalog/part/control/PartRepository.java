package com.partsbridge.catalog.part.control;

import com.partsbridge.catalog.part.entity.Part;
import com.partsbridge.catalog.part.entity.PartNumber;
import com.partsbridge.kernel.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds parts by part number. */
@Dependent
public class PartRepository {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    public Optional<Part> byNumber(String partNumber) {
        return em.createQuery("select p from Part p where p.partNumber = :number", Part.class)
                .setParameter("number", PartNumber.normalize(partNumber))
                .getResultStream()
                .findFirst();
    }

    public Part require(String partNumber) {
        return byNumber(partNumber)
                .orElseThrow(
                        () -> new NotFoundException("part-not-found", "no part " + PartNumber.normalize(partNumber)));
    }
}
