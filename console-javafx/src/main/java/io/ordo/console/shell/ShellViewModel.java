package io.ordo.console.shell;

import io.ordo.console.common.Settings;
import io.ordo.console.signin.StaffSession;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Arrays;
import java.util.List;

/**
 * The frame around the screens once signed in: which sections the signed-in roles are offered
 * (admin-only ones only to admins), which one is shown, who is signed in where, and whether they
 * chose the dark theme (remembered per user).
 */
public final class ShellViewModel {

    private final StaffSession session;
    private final List<Section> sections;
    private final ObjectProperty<Section> selected = new SimpleObjectProperty<>(Section.ORDERS);
    private final Runnable signOut;
    private final BooleanProperty dark = new SimpleBooleanProperty(false);

    public ShellViewModel(StaffSession session, Runnable signOut) {
        this(session, signOut, Settings.inMemory());
    }

    /** @param settings where each user's choice of theme is remembered */
    public ShellViewModel(StaffSession session, Runnable signOut, Settings settings) {
        this.session = session;
        this.signOut = signOut;
        this.sections = Arrays.stream(Section.values()).filter(section -> session.isAdmin() || !section.adminOnly())
                .toList();
        String themeKey = "theme.dark." + session.username();
        dark.set(Boolean.parseBoolean(settings.get(themeKey, "false")));
        dark.addListener((property, before, now) -> settings.put(themeKey, Boolean.toString(now)));
    }

    /** Whether the signed-in user works in the dark theme; their choice is kept for their next sign-in. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The sections this person is offered, in navigation order. */
    public List<Section> sections() {
        return sections;
    }

    public ObjectProperty<Section> selectedProperty() {
        return selected;
    }

    /** Shows the n-th offered section (1-based, as Ctrl+1, Ctrl+2...); ignored beyond the last. */
    public void select(int position) {
        if (position >= 1 && position <= sections.size()) {
            selected.set(sections.get(position - 1));
        }
    }

    /** "alice (staff, admin) at http://..." */
    public String signedInAs() {
        return session.username() + " (" + String.join(", ", session.roles().stream().sorted().toList()) + ") at "
                + session.server();
    }

    public void signOut() {
        signOut.run();
    }
}
