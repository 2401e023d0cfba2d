/**
 * Shared kernel: the clock, the working-day calendar (public holidays per country), roles and the signed-in user, the API's
 * error responses, field encryption ({@code crypto}) and the UI shell. Every feature may use it; it uses no feature.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package org.safeguard.base;

import org.springframework.modulith.ApplicationModule;
