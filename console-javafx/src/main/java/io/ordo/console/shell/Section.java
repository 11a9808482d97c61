package io.ordo.console.shell;

/** The parts of the console, in the order the navigation lists them; some are for admins only. */
public enum Section {
    ORDERS("Orders", "fth-shopping-cart", false),
    STUCK("Stuck orders", "fth-alert-triangle", false),
    STOCK("Stock", "fth-package", false),
    REPORTS("Reports", "fth-bar-chart-2", false),
    USERS("Users", "fth-users", true),
    CLIENTS("Storefronts", "fth-globe", true),
    DEAD_LETTERS("Dead letters", "fth-inbox", true);

    private final String title;
    private final String icon;
    private final boolean adminOnly;

    Section(String title, String icon, boolean adminOnly) {
        this.title = title;
        this.icon = icon;
        this.adminOnly = adminOnly;
    }

    public String title() {
        return title;
    }

    /** The Ikonli icon literal of its navigation button. */
    public String icon() {
        return icon;
    }

    public boolean adminOnly() {
        return adminOnly;
    }
}
