package org.safeguard.sandbox.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A model's XML as the sandbox reads it: every element, its attributes and its own text. */
public final class ModelXml {

    private ModelXml() {}

    /**
     * Every element of the document, in document order.
     *
     * @throws IllegalArgumentException when the content is not well-formed XML (or declares a DTD)
     */
    public static List<Element> elements(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // A model never needs a DTD; refusing one keeps external entities from being read.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(content))
                    .getDocumentElement();
            List<Element> elements = new ArrayList<>();
            collect(root, elements);
            return elements;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, into);
            }
        }
    }

    /** Whether the element belongs to BPMN or DMN itself rather than to an extension such as Camunda's. */
    public static boolean isSpec(Element element) {
        String namespace = element.getNamespaceURI();
        return namespace != null && namespace.matches("https?://www\\.omg\\.org/spec/.*");
    }

    /** The element's attributes, without its namespace declarations. */
    public static List<Attr> attributes(Element element) {
        NamedNodeMap map = element.getAttributes();
        List<Attr> attributes = new ArrayList<>();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attribute = (Attr) map.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                attributes.add(attribute);
            }
        }
        return attributes;
    }

    /** The element's own text and CDATA, without its children's. */
    public static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    /**
     * The id of the element or of its nearest BPMN/DMN ancestor with one: extension elements (a
     * listener, a form field) are shown on the element they extend.
     */
    public static String idOf(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (isSpec(e) && !e.getAttribute("id").isEmpty()) {
                return e.getAttribute("id");
            }
        }
        return "";
    }
}
