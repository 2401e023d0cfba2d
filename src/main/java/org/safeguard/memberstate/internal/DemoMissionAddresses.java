package org.safeguard.memberstate.internal;

import java.util.Map;
import org.safeguard.memberstate.MemberStates;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Example permanent mission addresses (a reserved domain) for the demo focal points' states, so
 * demo notes verbales go to a mission as well as to the focal point. Demo profile only; kept
 * when one is already on record.
 */
@Component
@Profile("demo")
class DemoMissionAddresses implements ApplicationRunner {

    static final Map<String, String> MISSIONS = Map.of(
            "CA", "permanent-mission.ca@missions.example.org",
            "UY", "permanent-mission.uy@missions.example.org");

    private final MemberStates memberStates;

    DemoMissionAddresses(MemberStates memberStates) {
        this.memberStates = memberStates;
    }

    @Override
    public void run(ApplicationArguments args) {
        MISSIONS.forEach((code, email) -> memberStates
                .contact(code)
                .filter(contact -> contact.missionEmail() == null)
                .ifPresent(contact -> memberStates.updateContact(code, contact.locale(), email)));
    }
}
