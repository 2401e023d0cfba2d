package org.safeguard.base.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The application's {@link FieldCipher} from the key file of {@link CryptoSettings}. Without a key
 * file the demo profile generates one under {@code ./data/keys/}; every other setup (such as the
 * {@code mariadb} profile) refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);
    private static final String DEMO_KEY_ID = "k1";

    @Bean
    FieldCipher fieldCipher(CryptoSettings settings, Environment environment) {
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        Path file = settings.keyFile() != null ? settings.keyFile() : demo ? CryptoSettings.DEMO_KEY_FILE : null;
        if (file == null) {
            throw new IllegalStateException(
                    "safeguard.crypto.key-file is not set: victim data cannot be encrypted. "
                            + "Point it (or the environment variable SAFEGUARD_CRYPTO_KEYFILE) to a key file outside the repository; see README, 'Victim data encryption'.");
        }
        if (!Files.exists(file)) {
            if (!demo) {
                throw new IllegalStateException(
                        "safeguard.crypto.key-file points to " + file + ", which does not exist");
            }
            KeyFile.create(file, DEMO_KEY_ID);
            log.warn("Demo profile: generated a field-encryption key file at {}", file.toAbsolutePath());
        }
        Map<String, SecretKey> keys = KeyFile.read(file);
        if (keys.isEmpty()) {
            throw new IllegalStateException("safeguard.crypto.key-file " + file + " holds no key");
        }
        List<String> ids = List.copyOf(keys.keySet());
        String active = settings.activeKey() != null ? settings.activeKey() : ids.get(ids.size() - 1);
        return new FieldCipher(keys, active);
    }
}
