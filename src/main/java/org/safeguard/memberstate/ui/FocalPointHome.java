package org.safeguard.memberstate.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.base.ui.HomeView;
import org.springframework.stereotype.Component;

/**
 * A focal point's home is their Member State's portal: the shell's home page, which knows no
 * feature, forwards them there. Users who also hold a staff role keep the ordinary home page.
 */
@Component
class FocalPointHome implements VaadinServiceInitListener {

    private final CurrentUser user;

    FocalPointHome(CurrentUser user) {
        this.user = user;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    if (enter.getNavigationTarget() == HomeView.class && onlyFocalPoint()) {
                        enter.forwardTo(FocalPointView.class);
                    }
                }));
    }

    private boolean onlyFocalPoint() {
        return user.hasAnyRole(Role.FOCAL_POINT) && user.roles().size() == 1;
    }
}
