package com.partsbridge.web.pages.customer;

import com.partsbridge.rma.rma.entity.ReturnReason;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Codes and dates as the customer reads them: reasons in words, dates and prices in the reader's locale. */
final class PortalWords {

    private PortalWords() {}

    static String reason(ReturnReason reason) {
        return switch (reason) {
            case DEFECTIVE -> "It does not work";
            case DAMAGED -> "It is broken or damaged";
            case MISSING -> "It is missing or lost";
            case WORN_OUT -> "It is worn out";
        };
    }

    /** A calendar date in the view locale (from Accept-Language), medium style: "25 Nov 2026", "Nov 25, 2026". */
    static String date(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(day);
    }

    static String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }
}
