package io.ordo.console.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Days typed into date pickers: shown as every table shows them ({@code 2026-12-08}), read in that
 * form or in the staff member's own short or medium form ({@code 08/12/2026}). A day that cannot be
 * read leaves the picker's value as it was, marks the picker and says what to type, instead of the
 * picker's own parse error escaping on the UI thread.
 */
public final class DayInput {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final List<DateTimeFormatter> accepted;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public DayInput(Locale locale) {
        this.accepted = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** The day {@code text} names, in any accepted form; empty when it names none. */
    public Optional<LocalDate> read(String text) {
        String day = text.strip();
        for (DateTimeFormatter form : accepted) {
            try {
                return Optional.of(LocalDate.parse(day, form));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** Makes {@code picker} read and show days as this class says. */
    public void attach(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(day);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    said(picker, "");
                    return null;
                }
                Optional<LocalDate> day = read(text);
                said(picker, day.isPresent() ? "" : "'" + text.strip() + "' is not a day: type it as year-month-day, "
                        + "e.g. 2026-12-08.");
                return day.orElse(picker.getValue());
            }
        });
    }

    private void said(DatePicker picker, String problem) {
        picker.pseudoClassStateChanged(DANGER, !problem.isEmpty());
        error.set(problem);
    }

    /** What to type instead of the last day that could not be read; empty once a day was read. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
