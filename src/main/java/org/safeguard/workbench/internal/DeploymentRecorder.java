package org.safeguard.workbench.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records who made each new deployment, from where and why (its name: the reason the workbench
 * asks for, the deployment name the desktop modeler sends), and audits it, inside the deployment's transaction: whichever way a model is
 * deployed, the library knows its author. The shipped models deployed at a start are the system's.
 */
@Component
class DeploymentRecorder extends AbstractProcessEnginePlugin implements Deployer {

    static final String SHIPPED = "Models shipped in processes/, deployed at start";

    // Providers: the engine's plugins are made before the beans that use the engine.
    private final ObjectProvider<DeploymentRecordMapper> records;
    private final ObjectProvider<AuditTrail> audit;
    private final ObjectProvider<CurrentUser> user;
    private final ObjectProvider<Clock> clock;

    DeploymentRecorder(
            ObjectProvider<DeploymentRecordMapper> records,
            ObjectProvider<AuditTrail> audit,
            ObjectProvider<CurrentUser> user,
            ObjectProvider<Clock> clock) {
        this.records = records;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = new ArrayList<>();
        if (configuration.getCustomPostDeployers() != null) {
            deployers.addAll(configuration.getCustomPostDeployers());
        }
        deployers.add(this);
        configuration.setCustomPostDeployers(deployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        CurrentUser deployer = user.getObject();
        String reason = deployer.isSystem() ? SHIPPED : nameOf(deployment);
        records.getObject()
                .insert(new DeploymentRecord(
                        deployment.getId(),
                        deployer.username(),
                        clock.getObject().instant(),
                        deployment.getSource(),
                        reason));
        String files = String.join(",", new TreeSet<>(deployment.getResources().keySet()));
        audit.getObject()
                .record(new AuditEntry(
                        AuditAction.MODEL_DEPLOYED, null, deployment.getId(), abbreviate(files, 500), reason));
    }

    private static String nameOf(DeploymentEntity deployment) {
        String name = deployment.getName();
        return name == null || name.isBlank() ? "(no reason given)" : abbreviate(name, 1000);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
