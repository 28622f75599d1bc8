package com.partsbridge.catalog.model.control;

import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.kernel.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds product models by their public code. */
@Dependent
public class ModelRepository {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    public Optional<ProductModel> byCode(String code) {
        return em.createQuery("select m from ProductModel m where m.code = :code", ProductModel.class)
                .setParameter("code", ProductModel.normalizeCode(code))
                .getResultStream()
                .findFirst();
    }

    public ProductModel require(String code) {
        return byCode(code)
                .orElseThrow(() -> new NotFoundException(
                        "model-not-found", "no product model " + ProductModel.normalizeCode(code)));
    }
}
