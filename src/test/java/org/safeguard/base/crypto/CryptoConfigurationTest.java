package org.safeguard.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class CryptoConfigurationTest {

    @TempDir
    Path keys;

    @Configuration
    @EnableConfigurationProperties(CryptoSettings.class)
    @Import(CryptoConfiguration.class)
    static class Crypto {}

    private ApplicationContextRunner withProfiles(String... profiles) {
        return new ApplicationContextRunner()
                .withUserConfiguration(Crypto.class)
                .withInitializer(context -> context.getEnvironment().setActiveProfiles(profiles));
    }

    @Test
    void the_mariadb_profile_without_a_key_file_refuses_to_start_naming_the_setting() {
        withProfiles("mariadb")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("safeguard.crypto.key-file is not set"));
    }

    @Test
    void a_configured_key_file_that_does_not_exist_is_refused_outside_the_demo_profile() {
        withProfiles("mariadb")
                .withPropertyValues("safeguard.crypto.key-file=" + keys.resolve("missing.keys"))
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("does not exist"));
    }

    @Test
    void the_demo_profile_generates_a_key_file_on_first_run_and_reuses_it_afterwards() {
        Path file = keys.resolve("safeguard.keys");
        String[] stored = new String[1];
        withProfiles("demo", "mariadb")
                .withPropertyValues("safeguard.crypto.key-file=" + file)
                .run(context -> {
                    assertThat(file).exists();
                    stored[0] = context.getBean(FieldCipher.class).encrypt("Jane Example");
                });
        withProfiles("demo")
                .withPropertyValues("safeguard.crypto.key-file=" + file)
                .run(context -> assertThat(context.getBean(FieldCipher.class).decrypt(stored[0]))
                        .isEqualTo("Jane Example"));
    }

    @Test
    void the_active_key_defaults_to_the_last_key_of_the_file_and_can_be_set() throws Exception {
        Path file = keys.resolve("two.keys");
        KeyFile.create(file, "k1");
        Files.writeString(file, "k2=" + KeyFile.newKey() + "\n", StandardOpenOption.APPEND);
        withProfiles("mariadb")
                .withPropertyValues("safeguard.crypto.key-file=" + file)
                .run(context -> assertThat(context.getBean(FieldCipher.class).activeKeyId())
                        .isEqualTo("k2"));
        withProfiles("mariadb")
                .withPropertyValues("safeguard.crypto.key-file=" + file, "safeguard.crypto.active-key=k1")
                .run(context -> assertThat(context.getBean(FieldCipher.class).activeKeyId())
                        .isEqualTo("k1"));
    }
}
