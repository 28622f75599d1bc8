package com.partsbridge.rma.casework.entity;

/** Who holds a case: its owner from the rota, then the team lead, then the named executive. */
public enum LadderStep {
    OWNER,
    TEAM_LEAD,
    EXECUTIVE
}
