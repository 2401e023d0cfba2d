package org.safeguard.base.crypto;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the field-encryption keys live.
 *
 * @param keyFile   a file outside the repository with one {@code keyId=base64key} line per key
 *                  (AES-256); the demo profile generates {@code ./data/keys/safeguard.keys} when unset
 * @param activeKey the id of the key new values are encrypted with; the file's last key when unset
 */
@ConfigurationProperties("safeguard.crypto")
public record CryptoSettings(Path keyFile, String activeKey) {

    static final Path DEMO_KEY_FILE = Path.of("data", "keys", "safeguard.keys");
}
