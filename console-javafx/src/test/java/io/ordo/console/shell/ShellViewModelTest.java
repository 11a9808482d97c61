package io.ordo.console.shell;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.console.signin.StaffSession;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which parts of the console each role is offered. */
class ShellViewModelTest {

    private static final URI SERVER = URI.create("http://localhost:9080");

    private static ShellViewModel shellFor(String... roles) {
        return new ShellViewModel(new StaffSession(SERVER, "alice", Set.of(roles),
                OrdoClient.connect(ServerConfig.of(SERVER))), () -> { });
    }

    @Test
    void staff_are_not_offered_the_admin_only_sections() {
        assertThat(shellFor("staff").sections()).noneMatch(Section::adminOnly)
                .containsExactly(Section.ORDERS, Section.STUCK, Section.STOCK, Section.REPORTS);
    }

    @Test
    void admins_are_offered_every_section() {
        assertThat(shellFor("staff", "admin").sections()).containsExactly(Section.values());
    }

    @Test
    void a_shortcut_number_selects_the_offered_section_at_that_place() {
        ShellViewModel shell = shellFor("admin");

        shell.select(2);
        assertThat(shell.selectedProperty().get()).isEqualTo(shell.sections().get(1));
        shell.select(42);
        assertThat(shell.selectedProperty().get()).isEqualTo(shell.sections().get(1));
    }

    @Test
    void the_frame_says_who_is_signed_in_where() {
        assertThat(shellFor("staff", "admin").signedInAs()).isEqualTo("alice (admin, staff) at http://localhost:9080");
    }

    @Test
    void the_dark_theme_is_remembered_for_the_user_who_chose_it_only() {
        io.ordo.console.common.Settings settings = io.ordo.console.common.Settings.inMemory();
        ShellViewModel alice = new ShellViewModel(session("alice"), () -> { }, settings);
        assertThat(alice.darkProperty().get()).isFalse();

        alice.darkProperty().set(true);

        assertThat(new ShellViewModel(session("alice"), () -> { }, settings).darkProperty().get()).isTrue();
        assertThat(new ShellViewModel(session("bob"), () -> { }, settings).darkProperty().get()).isFalse();
    }

    private static StaffSession session(String username) {
        return new StaffSession(SERVER, username, Set.of("staff"), OrdoClient.connect(ServerConfig.of(SERVER)));
    }
}
