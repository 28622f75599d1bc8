package com.partsbridge.catalog.fitment.boundary;

import com.partsbridge.catalog.model.boundary.ModelView;
import java.util.List;

/** A model and every spare part listed for it, by position: what the public parts list shows. */
public record ModelSpareParts(ModelView model, List<SparePart> parts) {}
