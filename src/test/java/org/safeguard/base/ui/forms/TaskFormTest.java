package org.safeguard.base.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.safeguard.base.NotFoundException;

class TaskFormTest {

    @Test
    void a_task_of_no_case_is_explained_in_words_not_with_the_services_message() {
        AtomicBoolean completed = new AtomicBoolean();
        ConfirmForm form = new ConfirmForm("Confirm the referral", "Done");
        form.completesWith(
                () -> {
                    throw new NotFoundException("Case null");
                },
                () -> completed.set(true));

        child(form, Button.class).click();

        Span error = child(form, Span.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText())
                .isEqualTo(
                        "This task is no longer open, or belongs to no case you may see. Choose another task in the list.")
                .doesNotContain("null");
        assertThat(completed).isFalse();
    }

    private static <T extends Component> T child(Component parent, Class<T> type) {
        return parent.getChildren()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }
}
