package org.safeguard.base.ui;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The names of processes and their elements in the user's language, from a translation table in
 * the message bundles: {@code process.<process key>} and {@code bpmn.<process key>.<element id>}.
 * The models are written in English and owners deploy new versions with new elements at any time,
 * so a name without an entry is the model's own.
 */
public final class ProcessLabels {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Logger log = LoggerFactory.getLogger(ProcessLabels.class);
    // Bundles never change while the application runs; keySet() copies the whole bundle per call.
    private static final Map<Locale, Set<String>> KEYS = new ConcurrentHashMap<>();

    /** A process's name, e.g. "Dossier EAS" for {@code sea-case} in French. */
    public static String process(String processKey, String modelName) {
        return process(processKey, modelName, Texts.locale());
    }

    static String process(String processKey, String modelName, Locale language) {
        return translated("process." + processKey, language).orElse(fallback(modelName, processKey));
    }

    /** An element's name, e.g. "Évaluer l’allégation" for {@code sea-case}/{@code user_assess_allegation}. */
    public static String element(String processKey, String elementId, String modelName) {
        return element(processKey, elementId, modelName, Texts.locale());
    }

    static String element(String processKey, String elementId, String modelName, Locale language) {
        return translated("bpmn." + processKey + "." + elementId, language).orElse(fallback(modelName, elementId));
    }

    /**
     * The BPMN XML with every named element of every process (and each pool naming a process)
     * renamed for the user's language; the model unchanged if it cannot be read.
     */
    public static String translate(String xml) {
        return translate(xml, Texts.locale());
    }

    static String translate(String xml, Locale language) {
        if (xml == null) {
            return xml;
        }
        try {
            Document model = parse(xml);
            NodeList processes = model.getElementsByTagNameNS(BPMN, "process");
            for (int i = 0; i < processes.getLength(); i++) {
                rename((Element) processes.item(i), ((Element) processes.item(i)).getAttribute("id"), language);
            }
            NodeList pools = model.getElementsByTagNameNS(BPMN, "participant");
            for (int i = 0; i < pools.getLength(); i++) {
                Element pool = (Element) pools.item(i);
                if (pool.hasAttribute("name") && pool.hasAttribute("processRef")) {
                    pool.setAttribute(
                            "name", process(pool.getAttribute("processRef"), pool.getAttribute("name"), language));
                }
            }
            return write(model);
        } catch (Exception e) {
            log.warn("A diagram's names stay as modelled: the model could not be read", e);
            return xml;
        }
    }

    private static void rename(Element process, String processKey, Locale language) {
        if (process.hasAttribute("name")) {
            process.setAttribute("name", process(processKey, process.getAttribute("name"), language));
        }
        NodeList all = process.getElementsByTagNameNS(BPMN, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("name") && element.hasAttribute("id")) {
                element.setAttribute(
                        "name",
                        element(processKey, element.getAttribute("id"), element.getAttribute("name"), language));
            }
        }
    }

    private static Optional<String> translated(String key, Locale language) {
        return KEYS.computeIfAbsent(language, Translations::keys).contains(key)
                ? Optional.of(Translations.text(language, key))
                : Optional.empty();
    }

    private static String fallback(String modelName, String id) {
        return modelName == null || modelName.isBlank() ? id : modelName;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String write(Node model) throws Exception {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        var transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(model), new StreamResult(out));
        return out.toString();
    }

    private ProcessLabels() {}
}
