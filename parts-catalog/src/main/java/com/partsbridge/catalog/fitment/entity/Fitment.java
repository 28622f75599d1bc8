package com.partsbridge.catalog.fitment.entity;

import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.catalog.part.entity.Part;
import com.partsbridge.kernel.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A part fits a model's units whose serials lie in a range, at a position in the unit. */
@Entity
@Table(name = "cat_fitment")
public class Fitment {

    @Id
    @SequenceGenerator(name = "cat_fitment_seq", sequenceName = "cat_fitment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cat_fitment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id", nullable = false)
    private Part part;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", nullable = false)
    private ProductModel model;

    @Column(name = "serial_from", nullable = false, length = 40)
    private String serialFrom;

    @Column(name = "serial_to", nullable = false, length = 40)
    private String serialTo;

    @Column(name = "unit_position", nullable = false, length = 80)
    private String position;

    protected Fitment() {
        // for JPA
    }

    public Fitment(Part part, ProductModel model, String serialFrom, String serialTo, String position) {
        this.part = part;
        this.model = model;
        SerialRange range = new SerialRange(serialFrom, serialTo);
        this.serialFrom = range.from();
        this.serialTo = range.to();
        if (position == null || position.isBlank()) {
            throw new InvalidInputException("position", "a position in the unit is required, e.g. battery door");
        }
        this.position = position.trim();
    }

    public boolean covers(String serial) {
        return SerialRange.covers(serialFrom, serialTo, serial);
    }

    public Long id() {
        return id;
    }

    public Part part() {
        return part;
    }

    public ProductModel model() {
        return model;
    }

    public String serialFrom() {
        return serialFrom;
    }

    public String serialTo() {
        return serialTo;
    }

    public String position() {
        return position;
    }
}
