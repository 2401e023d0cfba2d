package org.safeguard.victim.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --safeguard.crypto.reencrypt}: re-encrypts all victim data with the active key, then
 * stops the application. Without the argument it does nothing.
 */
@Component
class ReencryptCommand implements ApplicationRunner {

    static final String OPTION = "safeguard.crypto.reencrypt";
    private static final Logger log = LoggerFactory.getLogger(ReencryptCommand.class);

    private final VictimDataReencryption reencryption;
    private final ConfigurableApplicationContext context;

    ReencryptCommand(VictimDataReencryption reencryption, ConfigurableApplicationContext context) {
        this.reencryption = reencryption;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int changed = reencryption.reencryptAll();
        log.info("Re-encrypted the identity of {} victims with the active key; stopping", changed);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
