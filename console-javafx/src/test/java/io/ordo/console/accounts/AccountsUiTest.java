package io.ordo.console.accounts;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.common.Background;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Creating a user on the real screen: roles ticked from the known ones, the generated password copied. */
class AccountsUiTest {

    private final StubServer server = StubServer.start()
            .respond("GET", "/api/v1/admin/users", StubResponse.fixture("users.json"))
            .respond("POST", "/api/v1/admin/users", StubResponse.json(201, StubResponse.fixture("user-secret.json").body()));
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
    }

    @Test
    void a_new_users_roles_are_ticked_and_the_generated_password_can_be_copied() throws Exception {
        FxToolkit.registerPrimaryStage();
        AccountsViewModel users = new AccountsViewModel(AccountKind.USERS,
                OrdoClient.connect(ServerConfig.of(server.baseUri())),
                new Background(Executors.newSingleThreadExecutor(), Platform::runLater));
        FxToolkit.setupSceneRoot(() -> AccountsView.load(users, ZoneOffset.UTC));
        FxToolkit.setupStage(window -> {
            window.setWidth(1200);
            window.setHeight(760);
        });
        FxToolkit.showStage();

        assertThat(robot.lookup("#newAccountDetail").tryQuery()).as("no free-text roles").isEmpty();
        robot.clickOn("#newAccountId").write("bob.staff");
        robot.clickOn("#newRole-admin");
        robot.clickOn("#createAccountButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#secretField").queryAs(TextField.class).getText().isEmpty());
        robot.clickOn("#copySecretButton");

        assertThat(robot.lookup("#secretField").queryAs(TextField.class).getText()).isEqualTo("pT7-xq2Lm9vRk4Wz8sYb");
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo("pT7-xq2Lm9vRk4Wz8sYb");
        assertThat(server.requests("/api/v1/admin/users").stream().filter(request -> request.method().equals("POST"))
                .findFirst().orElseThrow().body()).contains("\"admin\"", "\"staff\"");
    }
}
