package io.ordo.console;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.console.accounts.AccountKind;
import io.ordo.console.accounts.AccountsView;
import io.ordo.console.accounts.AccountsViewModel;
import io.ordo.console.common.Background;
import io.ordo.console.common.Settings;
import io.ordo.console.deadletters.DeadLettersView;
import io.ordo.console.deadletters.DeadLettersViewModel;
import io.ordo.console.orderdetail.OrderDetailView;
import io.ordo.console.orderdetail.OrderDetailViewModel;
import io.ordo.console.orders.OrdersView;
import io.ordo.console.orders.OrdersViewModel;
import io.ordo.console.reports.ReportsView;
import io.ordo.console.reports.ReportsViewModel;
import io.ordo.console.shell.Section;
import io.ordo.console.shell.ShellView;
import io.ordo.console.shell.ShellViewModel;
import io.ordo.console.signin.SignInView;
import io.ordo.console.signin.SignInViewModel;
import io.ordo.console.signin.StaffSession;
import io.ordo.console.stock.ProductStockViewModel;
import io.ordo.console.stock.StockView;
import io.ordo.console.stock.StockViewModel;
import io.ordo.console.stuck.StuckOrdersView;
import io.ordo.console.stuck.StuckOrdersViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The staff console: opens on the sign-in screen and moves to the frame of screens once signed
 * in; back to sign-in when the person signs out or the server ends the session. The first server
 * address shown is {@code --server=URL}, else {@code $ORDO_SERVER}, else the last one signed in
 * to, else {@code https://localhost:9443}. Window size and filters are remembered in the user's
 * preferences ({@code -Dordo.console.settings=memory} remembers nothing, as the tests do).
 */
public class OrdoConsole extends Application {

    static final String DEFAULT_SERVER = "https://localhost:9443";
    /** What the dev stack protects its clients' trust store with (it holds only a public certificate). */
    static final String DEV_TRUST_STORE_PASSWORD = "ordo-dev";

    /** Server calls block, so they run here; two threads keep one slow call from stalling the rest. */
    private final ExecutorService io = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "ordo-io");
        thread.setDaemon(true);
        return thread;
    });
    private final Executor ui = Platform::runLater;
    private final Settings settings = "memory".equals(System.getProperty("ordo.console.settings"))
            ? Settings.inMemory() : Settings.preferences("io/ordo/console");

    private Stage stage;
    private SignInViewModel signIn;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        useTheme(false);
        signIn = new SignInViewModel(defaultServer(), this::connect, io, ui, settings);
        signIn.sessionProperty().addListener((property, before, session) -> {
            if (session != null) {
                showShell(session);
            }
        });
        stage.setTitle("Ordo");
        Scene scene = new Scene(SignInView.load(signIn), settings.getDouble("window.width", 1280),
                settings.getDouble("window.height", 800));
        scene.getStylesheets().add(OrdoConsole.class.getResource("console.css").toExternalForm());
        stage.setScene(scene);
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized", "false")));
        stage.show();
    }

    private String defaultServer() {
        return Optional.ofNullable(getParameters().getNamed().get("server"))
                .or(() -> Optional.ofNullable(System.getenv("ORDO_SERVER")))
                .or(() -> settings.get("signin.server"))
                .orElse(DEFAULT_SERVER);
    }

    /**
     * A client of {@code server}. Over HTTPS it trusts the certificates of the trust store named by
     * {@code --truststore=PATH} or {@code $ORDO_TRUSTSTORE} (password {@code --truststore-password=}
     * or {@code $ORDO_TRUSTSTORE_PASSWORD}, else the dev stack's), else, for a server on this
     * machine, the dev stack's ({@code ~/.ordo/dev/truststore.p12}); without one, the JDK's.
     */
    private OrdoClient connect(URI server) {
        ServerConfig.Builder config = ServerConfig.builder(server);
        if ("https".equalsIgnoreCase(server.getScheme())) {
            Optional<Path> named = Optional.ofNullable(getParameters().getNamed().get("truststore"))
                    .or(() -> Optional.ofNullable(System.getenv("ORDO_TRUSTSTORE"))).map(Path::of);
            Path dev = Path.of(System.getProperty("user.home"), ".ordo", "dev", "truststore.p12");
            boolean local = "localhost".equalsIgnoreCase(server.getHost()) || "127.0.0.1".equals(server.getHost());
            Optional<Path> trustStore = named.or(() -> local && Files.isReadable(dev) ? Optional.of(dev) : Optional.empty());
            String password = Optional.ofNullable(getParameters().getNamed().get("truststore-password"))
                    .or(() -> Optional.ofNullable(System.getenv("ORDO_TRUSTSTORE_PASSWORD")))
                    .orElse(DEV_TRUST_STORE_PASSWORD);
            trustStore.ifPresent(store -> config.trustStore(store, password.toCharArray()));
        }
        return OrdoClient.connect(config.build());
    }

    private void showShell(StaffSession session) {
        Background background = new Background(io, ui, this::sessionEnded);
        ZoneId zone = ZoneId.systemDefault();
        ShellViewModel shell = new ShellViewModel(session, this::signOut, settings);
        shell.darkProperty().addListener((property, before, dark) -> useTheme(dark));
        useTheme(shell.darkProperty().get());
        stage.setTitle("Ordo: " + session.username() + " at " + session.server());
        stage.getScene().setRoot(ShellView.load(shell, section -> screen(section, session, background, zone)));
    }

    private Parent screen(Section section, StaffSession session, Background background, ZoneId zone) {
        OrdoClient client = session.client();
        return switch (section) {
            case ORDERS -> {
                OrdersViewModel orders = new OrdersViewModel(client, background, zone, settings, Clock.systemDefaultZone());
                OrderDetailViewModel detail = new OrderDetailViewModel(client, background, zone,
                        session.maySeePersonalData());
                detail.setOnChanged(changed -> orders.update());
                yield refreshed(OrdersView.load(orders, OrderDetailView.load(detail), detail::show), orders::refresh);
            }
            case STUCK -> {
                StuckOrdersViewModel stuck = new StuckOrdersViewModel(client, background, zone, settings,
                        Clock.systemDefaultZone());
                OrderDetailViewModel detail = new OrderDetailViewModel(client, background, zone,
                        session.maySeePersonalData());
                detail.setOnChanged(changed -> stuck.refresh());
                yield StuckOrdersView.load(stuck, OrderDetailView.load(detail), detail::show);
            }
            case STOCK -> {
                StockViewModel stock = new StockViewModel(client, background, zone);
                ProductStockViewModel product = new ProductStockViewModel(client, background, zone);
                product.setOnAdjusted(stock::refresh);
                yield refreshed(StockView.load(stock, product), stock::refresh);
            }
            case REPORTS -> {
                ReportsViewModel reports = new ReportsViewModel(client, background, zone);
                yield refreshed(ReportsView.load(reports), reports::refresh);
            }
            case USERS, CLIENTS -> {
                AccountsViewModel accounts = new AccountsViewModel(
                        section == Section.USERS ? AccountKind.USERS : AccountKind.CLIENTS, client, background);
                yield refreshed(AccountsView.load(accounts, zone), accounts::refresh);
            }
            case DEAD_LETTERS -> {
                DeadLettersViewModel deadLetters = new DeadLettersViewModel(client, background, zone);
                yield refreshed(DeadLettersView.load(deadLetters), deadLetters::refresh);
            }
        };
    }

    /** The screen {@code view}, its first read started. */
    private static Parent refreshed(Parent view, Runnable refresh) {
        refresh.run();
        return view;
    }

    /** AtlantaFX's Primer theme, dark or light; the console's own styles use its colour variables, so they follow. */
    private static void useTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void signOut() {
        useTheme(false);   // the next person to sign in may not have chosen the dark one
        stage.setTitle("Ordo");
        stage.getScene().setRoot(SignInView.load(signIn));
        signIn.signedOut();
    }

    private void sessionEnded() {
        if (signIn.sessionProperty().get() == null) {
            return;   // several calls failed at once: one return to sign-in is enough
        }
        signOut();
        signIn.sessionEnded();
    }

    @Override
    public void stop() {
        if (stage != null && stage.getScene() != null) {
            settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
            if (!stage.isMaximized()) {
                settings.put("window.width", Double.toString(stage.getScene().getWidth()));
                settings.put("window.height", Double.toString(stage.getScene().getHeight()));
            }
            stage.getScene().setRoot(new javafx.scene.layout.Pane());   // screens stop their timers when taken off
        }
        io.shutdownNow();
    }
}
