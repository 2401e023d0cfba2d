package org.safeguard.sla.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.StreamResource;
import java.util.function.Supplier;
import org.safeguard.base.export.ExportFormat;
import org.safeguard.base.export.Table;

/** A download link for a list as CSV or Excel; the table is built when the link is followed. */
final class Downloads {

    static Anchor link(ExportFormat format, String label, String className, Supplier<Table> table) {
        StreamResource resource =
                new StreamResource(format.fileName(className), (out, session) -> format.write(out, table.get()));
        resource.setContentType(format.mediaType());
        resource.setCacheTime(0);
        Anchor download = new Anchor(resource, "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(label));
        download.getElement().setAttribute("download", true);
        download.addClassNames(className, "export-" + format.name().toLowerCase(java.util.Locale.ROOT));
        return download;
    }

    private Downloads() {}
}
