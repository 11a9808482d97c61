package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCredentialsTest {

    @TempDir
    Path data;

    @Test
    void credentials_are_generated_once_and_then_kept() {
        DemoCredentials first = DemoCredentials.loadOrCreate(data);
        DemoCredentials again = DemoCredentials.loadOrCreate(data);

        assertThat(again.adminPassword()).isEqualTo(first.adminPassword());
        assertThat(again.staffPassword()).isEqualTo(first.staffPassword());
        assertThat(again.storefrontSecret()).isEqualTo(first.storefrontSecret());
        assertThat(Set.of(first.adminPassword(), first.staffPassword(), first.storefrontSecret())).hasSize(3);
    }

    @Test
    void credentials_are_random_url_safe_and_differ_between_data_folders(@TempDir Path other) {
        DemoCredentials mine = DemoCredentials.loadOrCreate(data);
        DemoCredentials theirs = DemoCredentials.loadOrCreate(other);

        assertThat(mine.storefrontSecret()).matches("[A-Za-z0-9_-]{20}");
        assertThat(mine.adminPassword()).matches("[A-Za-z0-9_-]{20}");
        assertThat(theirs.storefrontSecret()).isNotEqualTo(mine.storefrontSecret());
    }

    @Test
    void the_file_is_readable_by_its_owner_only_even_after_someone_widened_it() throws Exception {
        DemoCredentials credentials = DemoCredentials.loadOrCreate(data);
        assertThat(credentials.file()).isEqualTo(data.resolve("credentials.properties"));
        assertThat(permissions(credentials.file())).isEqualTo("rw-------");

        Files.setPosixFilePermissions(credentials.file(), PosixFilePermissions.fromString("rw-r--r--"));
        DemoCredentials.loadOrCreate(data);

        assertThat(permissions(credentials.file())).isEqualTo("rw-------");
    }

    @Test
    void the_users_are_the_ones_the_backend_creates() {
        DemoCredentials credentials = DemoCredentials.loadOrCreate(data);

        assertThat(credentials.adminUser()).isEqualTo("admin");
        assertThat(credentials.staffUser()).isEqualTo("staff");
        assertThat(credentials.storefrontClientId()).isEqualTo("demo-storefront");
        assertThat(credentials.toString()).doesNotContain(credentials.adminPassword());
    }

    private static String permissions(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
