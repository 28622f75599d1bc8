package com.partsbridge.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The demo sign-ins listed in the README, created once unless {@code partsbridge.demo-data=false}. */
@Singleton
@Startup
@DependsOn("AccountSchema")
public class DemoAccounts {

    @Inject
    @ConfigProperty(name = "partsbridge.demo-data", defaultValue = "true")
    boolean enabled;

    @Inject
    Accounts accounts;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (!accounts.exists("lena")) { // the escalation ladder's team lead and executive (cases)
            accounts.create("lena", "lead-demo-pw", Roles.REP);
            accounts.create("victor", "exec-demo-pw", Roles.REP);
        }
        if (accounts.exists("admin")) {
            return;
        }
        accounts.create("admin", "admin-demo-pw", Roles.ADMIN, Roles.REP);
        accounts.create("rita", "rep-demo-pw", Roles.REP);
        accounts.create("alice", "alice-demo-pw", Roles.CUSTOMER);
        accounts.create("bob", "bob-demo-pw", Roles.CUSTOMER);
    }
}
