package org.safeguard.process;

import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Refuses, in the engine, the commands that would change a case, its history or who may see it
 * when they come from a caller acting as an engine user: the engine's REST API (which signs its
 * caller in to the engine), and any administration tool or plugin that does the same. Safeguard's
 * own services call the engine as no engine user, after their checks and with their audit entry;
 * the job executor does too. Only the outermost command is judged: what a permitted command runs
 * inside it is its own doing.
 *
 * <p>Left open to engine users: reading (definitions, instances, tasks within the case scopes,
 * history, incidents), deploying (under the model sandbox and rules), and the operator's repairs
 * (job retries, incident resolution and annotation). The list names the engine's command classes;
 * {@code EngineApiWritesTest} checks that each still exists.
 */
class EngineApiWrites extends CommandInterceptor {

    static final Set<String> REFUSED = Set.of(
            // A task's outcome, assignment, data and dates.
            "org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd",
            "org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.AssignTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd",
            "org.camunda.bpm.engine.impl.cmd.SaveTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd",
            "org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd",
            "org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd",
            "org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd",
            "org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteUserIdentityLinkCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteGroupIdentityLinkCmd",
            "org.camunda.bpm.engine.impl.cmd.SetTaskPriorityCmd",
            "org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd",
            "org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd",
            "org.camunda.bpm.engine.impl.cmd.SetTaskNameCmd",
            "org.camunda.bpm.engine.impl.cmd.SetTaskDescriptionCmd",
            "org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd",
            "org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd",
            "org.camunda.bpm.engine.impl.cmd.AddCommentCmd",
            "org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd",
            "org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd",
            "org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd",
            // A case's process instances: their data, start, messages, path and end.
            "org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd",
            "org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd",
            "org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd",
            "org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd",
            "org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd",
            "org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd",
            "org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd",
            "org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd",
            "org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd",
            "org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd",
            "org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd",
            "org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd",
            "org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd",
            "org.camunda.bpm.engine.impl.cmd.SignalCmd",
            "org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd",
            "org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd",
            "org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd",
            "org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd",
            "org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd",
            "org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteProcessInstancesCmd",
            "org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd",
            "org.camunda.bpm.engine.impl.cmd.SuspendProcessInstanceCmd",
            "org.camunda.bpm.engine.impl.cmd.ActivateProcessInstanceCmd",
            "org.camunda.bpm.engine.impl.cmd.UpdateProcessInstancesSuspendStateCmd",
            "org.camunda.bpm.engine.impl.cmd.UpdateProcessInstancesSuspendStateBatchCmd",
            "org.camunda.bpm.engine.impl.cmd.SuspendProcessDefinitionCmd",
            "org.camunda.bpm.engine.impl.cmd.ActivateProcessDefinitionCmd",
            "org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd",
            "org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd",
            "org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd",
            // Another's batch (a workbench migration) stopped, paused or forgotten half-way.
            "org.camunda.bpm.engine.impl.batch.DeleteBatchCmd",
            "org.camunda.bpm.engine.impl.cmd.SuspendBatchCmd",
            "org.camunda.bpm.engine.impl.cmd.ActivateBatchCmd",
            "org.camunda.bpm.engine.impl.batch.history.DeleteHistoricBatchCmd",
            // Timers and jobs: when an escalation fires. (Retries and incident resolution stay open to operators.)
            "org.camunda.bpm.engine.impl.cmd.SuspendJobCmd",
            "org.camunda.bpm.engine.impl.cmd.ActivateJobCmd",
            "org.camunda.bpm.engine.impl.cmd.SuspendJobDefinitionCmd",
            "org.camunda.bpm.engine.impl.cmd.ActivateJobDefinitionCmd",
            "org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd",
            "org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd",
            "org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteJobCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteJobsCmd",
            "org.camunda.bpm.engine.impl.cmd.CreateIncidentCmd",
            "org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd",
            "org.camunda.bpm.engine.impl.cmd.HandleExternalTaskFailureCmd",
            "org.camunda.bpm.engine.impl.cmd.LockExternalTaskCmd",
            "org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd",
            // What removes a case's models, history or the engine's own record of operations.
            "org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByKeyCmd",
            "org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd",
            "org.camunda.bpm.engine.impl.cmd.UpdateDecisionDefinitionHistoryTimeToLiveCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd",
            "org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd",
            "org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBatchCmd",
            "org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBulkCmd",
            "org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByDefinitionIdCmd",
            "org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByInstanceIdCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteUserOperationLogEntryCmd",
            "org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd",
            "org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd",
            "org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricBatchesCmd",
            "org.camunda.bpm.engine.impl.cmd.PurgeDatabaseAndCacheCmd",
            // Who is who: Safeguard's accounts are the source of the engine's users, groups and grants.
            "org.camunda.bpm.engine.impl.cmd.CreateUserCmd",
            "org.camunda.bpm.engine.impl.cmd.SaveUserCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteUserCmd",
            "org.camunda.bpm.engine.impl.cmd.CreateGroupCmd",
            "org.camunda.bpm.engine.impl.cmd.SaveGroupCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd",
            "org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd",
            "org.camunda.bpm.engine.impl.cmd.CreateTenantCmd",
            "org.camunda.bpm.engine.impl.cmd.SaveTenantCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteTenantCmd",
            "org.camunda.bpm.engine.impl.cmd.CreateTenantUserMembershipCmd",
            "org.camunda.bpm.engine.impl.cmd.CreateTenantGroupMembershipCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteTenantUserMembershipCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteTenantGroupMembershipCmd",
            "org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteAuthorizationCmd",
            "org.camunda.bpm.engine.impl.cmd.CreateAuthorizationCommand",
            "org.camunda.bpm.engine.impl.cmd.SetUserInfoCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteUserInfoCmd",
            "org.camunda.bpm.engine.impl.cmd.SetUserPictureCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteUserPictureCmd",
            "org.camunda.bpm.engine.impl.cmd.UnlockUserCmd",
            "org.camunda.bpm.engine.impl.cmd.SetPropertyCmd",
            "org.camunda.bpm.engine.impl.cmd.DeletePropertyCmd",
            "org.camunda.bpm.engine.impl.cmd.TelemetryConfigureCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteMetricsCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteTaskMetricsCmd",
            "org.camunda.bpm.engine.impl.cmd.SetLicenseKeyCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteLicenseKeyCmd");

    private final IdentityService identity;

    EngineApiWrites(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public <T> T execute(Command<T> command) {
        boolean outermost = Context.getCommandContext() == null;
        if (outermost && identity.getCurrentAuthentication() != null && refused(command.getClass())) {
            throw new CaseWorkOutsideSafeguard(
                    identity.getCurrentAuthentication().getUserId(),
                    command.getClass().getSimpleName());
        }
        return next.execute(command);
    }

    static boolean refused(Class<?> command) {
        for (Class<?> type = command; type != null; type = type.getSuperclass()) {
            if (REFUSED.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
