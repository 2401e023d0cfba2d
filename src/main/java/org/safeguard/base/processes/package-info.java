/**
 * The process vocabulary: one backing class per file of {@code processes/} (its key, an enum of its
 * element ids, its typed variables, its messages and candidate groups), {@link
 * org.safeguard.base.processes.ProcessVariable} and what the code relies on in the models ({@link
 * org.safeguard.base.processes.ProcessContracts}). Every feature may use it, so a feature completing
 * its task names it by {@code SeaCaseProcess.Element.user_assess_allegation} and its variables by
 * {@code SeaCaseProcess.Variables.FINDING}, never by a copy of the string. It knows no feature.
 */
package org.safeguard.base.processes;
