package com.partsbridge.rma.customer.entity;

import com.partsbridge.kernel.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A customer, known to the sign-in by the same username. */
@Entity
@Table(name = "rma_customer")
public class Customer {

    @Id
    @SequenceGenerator(name = "rma_customer_seq", sequenceName = "rma_customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rma_customer_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(nullable = false, length = 200)
    private String email;

    protected Customer() {
        // for JPA
    }

    public Customer(String username, String displayName, String email) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "a username is required");
        }
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "a valid e-mail address is required");
        }
        this.username = username.trim();
        this.displayName = displayName == null || displayName.isBlank() ? this.username : displayName.trim();
        this.email = email.trim();
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }
}
