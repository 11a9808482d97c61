package io.ordo.console;

import atlantafx.base.theme.PrimerLight;
import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.console.orders.OrdersView;
import io.ordo.console.orders.OrdersViewModel;
import io.ordo.console.signin.SignInView;
import io.ordo.console.signin.SignInViewModel;
import io.ordo.console.signin.StaffSession;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The staff console: opens on the sign-in screen and moves to the orders once signed in.
 * The first server address shown is {@code --server=URL}, else {@code $ORDO_SERVER}, else
 * {@code http://localhost:9080}.
 */
public class OrdoConsole extends Application {

    static final String DEFAULT_SERVER = "http://localhost:9080";

    /** Server calls block, so they run here; two threads keep one slow call from stalling the rest. */
    private final ExecutorService io = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "ordo-io");
        thread.setDaemon(true);
        return thread;
    });
    private final Executor ui = Platform::runLater;

    private Stage stage;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SignInViewModel signIn = new SignInViewModel(defaultServer(), server -> OrdoClient.connect(ServerConfig.of(server)),
                io, ui);
        signIn.sessionProperty().addListener((property, before, session) -> showOrders(session));
        stage.setTitle("Ordo");
        stage.setScene(new Scene(SignInView.load(signIn), 960, 640));
        stage.show();
    }

    private String defaultServer() {
        return Optional.ofNullable(getParameters().getNamed().get("server"))
                .or(() -> Optional.ofNullable(System.getenv("ORDO_SERVER")))
                .orElse(DEFAULT_SERVER);
    }

    private void showOrders(StaffSession session) {
        OrdersViewModel orders = new OrdersViewModel(session.client(), io, ui, ZoneId.systemDefault());
        stage.setTitle("Ordo: " + session.username() + " at " + session.server());
        stage.getScene().setRoot(OrdersView.load(orders));
        orders.refresh();
    }

    @Override
    public void stop() {
        io.shutdownNow();
    }
}
