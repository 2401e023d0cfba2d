/**
 * Building blocks of task forms: a form knows no service; {@code completesWith} binds it to the
 * typed service method of its task and shows that method's refusals at the fields, in the user's
 * language, keeping what was typed. Features draw their forms from these in their {@code ui}
 * packages and offer them through a {@code TaskFormProvider}.
 */
package org.safeguard.base.ui.forms;
