package org.safeguard.workbench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Element-by-element difference between two versions of a BPMN or DMN model: the elements added,
 * removed, and changed with each attribute or nested setting that differs (a timer's duration, a
 * candidate group, an input mapping). Diagram layout is not a change; nor are the references a flow
 * node keeps to its flows, which show as the flows' own changes.
 */
public final class ModelDiff {

    private static final Set<String> LAYOUT_NAMESPACES = Set.of(
            "http://www.omg.org/spec/BPMN/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DC",
            "https://www.omg.org/spec/DMN/20191111/DMNDI/",
            "http://www.omg.org/spec/DMN/20180521/DMNDI/");
    private static final Set<String> REFERENCES = Set.of("incoming", "outgoing", "flowNodeRef");

    private ModelDiff() {}

    /** Refuses, at field {@code content}, a model that is not well-formed XML (or declares a DTD). */
    static void requireWellFormed(byte[] xml) {
        parse(xml, "content");
    }

    /** What changes from {@code deployed} to {@code draft}, in the draft's order, removals last. */
    public static List<ModelChange> between(byte[] deployed, byte[] draft) {
        Map<String, Snapshot> before = snapshots(deployed, "deployed");
        Map<String, Snapshot> after = snapshots(draft, "content");
        List<ModelChange> changes = new ArrayList<>();
        after.forEach((id, now) -> {
            Snapshot was = before.get(id);
            if (was == null) {
                changes.add(new ModelChange(id, now.type(), ModelChange.Kind.ADDED, List.of()));
            } else {
                List<ModelChange.Setting> settings = settingsChanged(was.settings(), now.settings());
                if (!settings.isEmpty() || !was.type().equals(now.type())) {
                    changes.add(new ModelChange(id, now.type(), ModelChange.Kind.CHANGED, settings));
                }
            }
        });
        before.forEach((id, was) -> {
            if (!after.containsKey(id)) {
                changes.add(new ModelChange(id, was.type(), ModelChange.Kind.REMOVED, List.of()));
            }
        });
        return changes;
    }

    private static List<ModelChange.Setting> settingsChanged(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<ModelChange.Setting> changed = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                changed.add(new ModelChange.Setting(name, before.get(name), after.get(name)));
            }
        }
        return changed;
    }

    private record Snapshot(String type, Map<String, String> settings) {}

    private static Map<String, Snapshot> snapshots(byte[] xml, String field) {
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        collect(parse(xml, field), snapshots);
        return snapshots;
    }

    private static void collect(Element element, Map<String, Snapshot> snapshots) {
        if (LAYOUT_NAMESPACES.contains(element.getNamespaceURI())) {
            return;
        }
        if (element.hasAttribute("id")) {
            Map<String, String> settings = new LinkedHashMap<>();
            attributes(element, "", settings);
            nested(element, "", settings);
            snapshots.put(element.getAttribute("id"), new Snapshot(element.getLocalName(), settings));
        }
        for (Element child : children(element)) {
            collect(child, snapshots);
        }
    }

    /** The settings held by children without an id of their own, as paths below the element. */
    private static void nested(Element element, String prefix, Map<String, String> settings) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Element child : children(element)) {
            if (child.hasAttribute("id")
                    || LAYOUT_NAMESPACES.contains(child.getNamespaceURI())
                    || REFERENCES.contains(child.getLocalName())) {
                continue;
            }
            String name = child.getNodeName() + label(child);
            int n = seen.merge(name, 1, Integer::sum);
            String path = prefix + name + (n > 1 ? "#" + n : "");
            String text = ownText(child);
            if (!text.isEmpty()) {
                settings.put(path, text);
            }
            attributes(child, path + "@", settings);
            nested(child, path + "/", settings);
        }
    }

    private static String label(Element element) {
        for (String attribute : List.of("name", "event", "source", "target")) {
            if (element.hasAttribute(attribute)) {
                return "[" + element.getAttribute(attribute) + "]";
            }
        }
        return "";
    }

    private static void attributes(Element element, String prefix, Map<String, String> settings) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())
                    || ("id".equals(attribute.getName()) && prefix.isEmpty())) {
                continue;
            }
            settings.put(prefix + attribute.getName(), attribute.getValue());
        }
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString().strip();
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    private static Element parse(byte[] xml, String field) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // A model is untrusted input: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml))
                    .getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new InvalidInputException(List.of(new Violation(field, "is not well-formed XML: " + e.getMessage())));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
