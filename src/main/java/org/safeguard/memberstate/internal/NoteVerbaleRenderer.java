package org.safeguard.memberstate.internal;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Fills a note verbale template (Mustache over XHTML; every value HTML-escaped) and prints it to
 * PDF. The template is edited by process owners, so it may load nothing from outside: only
 * {@code data:} URIs (an embedded emblem) are allowed, never files or the network.
 */
@Component
public class NoteVerbaleRenderer {

    private static final Mustache.Compiler MUSTACHE = Mustache.compiler()
            .escapeHTML(true)
            .strictSections(false)
            .emptyStringIsFalse(true)
            .nullValue("");

    /** The filled XHTML. @throws TemplateException when the template does not compile or misses a value */
    public String fill(String template, Map<String, Object> values) {
        try {
            return MUSTACHE.compile(template).execute(values);
        } catch (MustacheException e) {
            throw new TemplateException("the template does not compile: " + e.getMessage(), e);
        }
    }

    /** The PDF of filled XHTML. @throws TemplateException when it is not well-formed XHTML */
    public byte[] print(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useExternalResourceAccessControl(
                    (uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new TemplateException("the template is not well-formed XHTML: " + rootMessage(e), e);
        }
        return pdf.toByteArray();
    }

    public byte[] render(String template, Map<String, Object> values) {
        return print(fill(template, values));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The template cannot be turned into a note verbale. */
    public static class TemplateException extends RuntimeException {

        TemplateException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
