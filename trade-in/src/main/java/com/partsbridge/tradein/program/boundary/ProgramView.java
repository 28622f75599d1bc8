package com.partsbridge.tradein.program.boundary;

import com.partsbridge.tradein.program.entity.ConditionGrade;
import com.partsbridge.tradein.program.entity.TradeInProgram;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A trade-in program as admins read it: the model taken back, its successor, the credit rule and how long a quote
 * is valid; {@code gradeMultipliers} is the share of the credit each condition grade keeps (the same for every
 * program).
 */
public record ProgramView(
        String modelCode,
        String successorCode,
        BigDecimal baseCredit,
        String currency,
        BigDecimal monthlyDepreciation,
        BigDecimal floorCredit,
        int quoteValidDays,
        Map<String, BigDecimal> gradeMultipliers)
        implements Serializable {

    static ProgramView of(TradeInProgram p) {
        return new ProgramView(
                p.modelCode(),
                p.successorCode(),
                p.baseCredit().amount(),
                p.baseCredit().currency(),
                p.monthlyDepreciation(),
                p.floorCredit(),
                p.quoteValidDays(),
                everyGrade());
    }

    public static Map<String, BigDecimal> everyGrade() {
        Map<String, BigDecimal> grades = new LinkedHashMap<>();
        Arrays.stream(ConditionGrade.values()).forEach(g -> grades.put(g.name(), g.multiplier()));
        return grades;
    }
}
