package com.partsbridge.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The system tests deploy the EAR the build just produced: the real thing, not a hand-picked subset. */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive partsBridge() {
        File ear = new File(System.getProperty("ear.file", "target/partsbridge.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
