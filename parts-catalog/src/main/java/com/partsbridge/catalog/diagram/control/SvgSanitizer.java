package com.partsbridge.catalog.diagram.control;

import com.partsbridge.catalog.diagram.entity.ViewBox;
import com.partsbridge.kernel.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Turns an uploaded SVG into markup that is safe to inline in our pages: parsed by the JDK's own StAX parser
 * with no DTD processing (no external entities, no entity expansion), then re-written keeping only an allowlist
 * of static drawing elements and presentation attributes. Scripts, event handlers, animation (which can rewrite
 * an href), foreign objects, images, links, styles and any reference that leaves the drawing are dropped; a
 * {@code style} attribute becomes presentation attributes, since the pages' Content-Security-Policy refuses
 * inline styles. Ids get a prefix so that the drawing cannot clobber ids of the page it is inlined in.
 */
public final class SvgSanitizer {

    public static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    public static final String ID_PREFIX = "dg-";

    static final int MAX_ELEMENTS = 20_000;
    static final int MAX_DEPTH = 64;

    /** Static drawing elements only: no script, style, a, image, foreignObject, animate/set, filters. */
    static final Set<String> ELEMENTS = Set.of(
            "svg",
            "g",
            "defs",
            "title",
            "desc",
            "symbol",
            "use",
            "path",
            "rect",
            "circle",
            "ellipse",
            "line",
            "polyline",
            "polygon",
            "text",
            "tspan",
            "textPath",
            "linearGradient",
            "radialGradient",
            "stop",
            "clipPath",
            "mask",
            "pattern",
            "marker");

    /** Properties a style attribute may carry, each turned into the presentation attribute of that name. */
    static final Set<String> STYLE_PROPERTIES = Set.of(
            "fill",
            "fill-opacity",
            "fill-rule",
            "stroke",
            "stroke-width",
            "stroke-linecap",
            "stroke-linejoin",
            "stroke-dasharray",
            "stroke-dashoffset",
            "stroke-opacity",
            "stroke-miterlimit",
            "opacity",
            "color",
            "font-family",
            "font-size",
            "font-weight",
            "font-style",
            "text-anchor",
            "dominant-baseline",
            "letter-spacing",
            "word-spacing",
            "text-decoration",
            "stop-color",
            "stop-opacity",
            "visibility",
            "display",
            "clip-rule",
            "vector-effect");

    /** Geometry attributes; with the presentation properties above, all an element may keep. */
    private static final Set<String> GEOMETRY = Set.of(
            "id",
            "x",
            "y",
            "x1",
            "y1",
            "x2",
            "y2",
            "cx",
            "cy",
            "r",
            "rx",
            "ry",
            "fx",
            "fy",
            "width",
            "height",
            "d",
            "points",
            "transform",
            "viewBox",
            "preserveAspectRatio",
            "dx",
            "dy",
            "rotate",
            "textLength",
            "lengthAdjust",
            "offset",
            "gradientUnits",
            "gradientTransform",
            "spreadMethod",
            "clip-path",
            "mask",
            "marker-start",
            "marker-mid",
            "marker-end",
            "markerWidth",
            "markerHeight",
            "refX",
            "refY",
            "orient",
            "markerUnits",
            "patternUnits",
            "patternContentUnits",
            "patternTransform",
            "clipPathUnits",
            "maskUnits",
            "maskContentUnits",
            "startOffset");

    /** Geometry and presentation attributes; nothing that runs code or fetches a resource. */
    static final Set<String> ATTRIBUTES =
            Stream.concat(GEOMETRY.stream(), STYLE_PROPERTIES.stream()).collect(Collectors.toUnmodifiableSet());

    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");
    private static final Pattern LOCAL_HREF = Pattern.compile("#([A-Za-z_][A-Za-z0-9_.-]{0,63})");
    private static final Pattern URL =
            Pattern.compile("url\\(\\s*['\"]?([^)'\"]*)['\"]?\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(?:px)?\\s*");

    /** The safe markup and the drawing's coordinate system. */
    public record Clean(String markup, ViewBox viewBox) {}

    private SvgSanitizer() {}

    public static Clean sanitize(byte[] svg) {
        if (svg == null || svg.length == 0) {
            throw invalid("the drawing is empty: upload an SVG file");
        }
        try {
            return new Pass().run(svg);
        } catch (XMLStreamException e) {
            throw invalid("the drawing is not well-formed SVG (XML)" + where(e));
        }
    }

    private static String where(XMLStreamException e) {
        return e.getLocation() == null || e.getLocation().getLineNumber() < 0
                ? ""
                : " at line " + e.getLocation().getLineNumber();
    }

    static InvalidInputException invalid(String message) {
        return new InvalidInputException("svg", message);
    }

    private static XMLInputFactory secureInput() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's, wherever we run
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no DTD: no entities, internal or external
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /** One sanitising pass over one document. */
    private static final class Pass {

        private final StringWriter out = new StringWriter();
        private XMLStreamWriter writer;
        private int elements;
        private int depth;
        /** Depth at which a dropped element started; its whole subtree is skipped. */
        private int skippingFrom = -1;

        private ViewBox viewBox;
        private boolean inRoot;

        Clean run(byte[] svg) throws XMLStreamException {
            XMLStreamReader reader = secureInput().createXMLStreamReader(new ByteArrayInputStream(svg));
            writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            boolean rootSeen = false;
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    switch (event) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            if (!rootSeen) {
                                root(reader);
                                rootSeen = true;
                            } else {
                                start(reader);
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> end();
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (skippingFrom < 0 && inRoot) {
                                writer.writeCharacters(reader.getText());
                            }
                        }
                        case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw invalid("the drawing uses an entity (&" + reader.getLocalName()
                                    + ";) that is not allowed: entities are not expanded");
                        default -> {
                            // DTD, comments and processing instructions are dropped
                        }
                    }
                }
            } finally {
                reader.close();
            }
            if (!rootSeen) {
                throw invalid("the drawing is empty: upload an SVG file");
            }
            writer.flush();
            return new Clean(out.toString(), viewBox);
        }

        private void root(XMLStreamReader reader) throws XMLStreamException {
            if (!"svg".equals(reader.getLocalName()) || !isSvg(reader.getNamespaceURI())) {
                throw invalid("the file is not an SVG drawing: its root element is <" + reader.getLocalName() + ">");
            }
            viewBox = viewBoxOf(reader);
            count();
            writer.writeStartElement("svg");
            writer.writeDefaultNamespace(SVG_NS);
            writer.writeAttribute("viewBox", viewBox.text());
            Map<String, String> attributes = attributes(reader);
            attributes.remove("viewBox");
            attributes.remove("width"); // the page sizes the drawing: it scales to the width it is given
            attributes.remove("height");
            for (var a : attributes.entrySet()) {
                writer.writeAttribute(a.getKey(), a.getValue());
            }
            inRoot = true;
        }

        private void start(XMLStreamReader reader) throws XMLStreamException {
            depth++;
            if (depth > MAX_DEPTH) {
                throw invalid("the drawing is nested deeper than " + MAX_DEPTH + " levels");
            }
            count();
            if (skippingFrom >= 0) {
                return;
            }
            if (!isSvg(reader.getNamespaceURI()) || !ELEMENTS.contains(reader.getLocalName())) {
                skippingFrom = depth;
                return;
            }
            writer.writeStartElement(reader.getLocalName());
            for (var a : attributes(reader).entrySet()) {
                writer.writeAttribute(a.getKey(), a.getValue());
            }
        }

        private void end() throws XMLStreamException {
            if (depth == 0) {
                writer.writeEndElement(); // the root
                inRoot = false;
                return;
            }
            if (skippingFrom < 0) {
                writer.writeEndElement();
            } else if (skippingFrom == depth) {
                skippingFrom = -1;
            }
            depth--;
        }

        private void count() {
            if (++elements > MAX_ELEMENTS) {
                throw invalid("the drawing has more than " + MAX_ELEMENTS + " elements");
            }
        }
    }

    /** A drawing's own elements are in the SVG namespace; one without any namespace is taken as SVG too. */
    private static boolean isSvg(String namespace) {
        return namespace == null || namespace.isEmpty() || SVG_NS.equals(namespace);
    }

    /** The allowed attributes of the current element, each value checked; the style attribute spelled out. */
    static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> kept = new LinkedHashMap<>();
        String style = null;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            String name = reader.getAttributeLocalName(i);
            String value = reader.getAttributeValue(i);
            if (XLINK_NS.equals(namespace) && "href".equals(name) || (isEmpty(namespace) && "href".equals(name))) {
                localReference(value).ifPresent(ref -> kept.put("href", "#" + ID_PREFIX + ref));
            } else if (!isEmpty(namespace)) {
                continue; // xml:base, editor namespaces (inkscape:, sodipodi:) and the like
            } else if ("style".equals(name)) {
                style = value;
            } else if ("id".equals(name)) {
                if (ID.matcher(value.trim()).matches()) {
                    kept.put("id", ID_PREFIX + value.trim());
                }
            } else if (ATTRIBUTES.contains(name)) {
                safeValue(value).ifPresent(v -> kept.put(name, v));
            }
        }
        if (style != null) {
            styleDeclarations(style).forEach(kept::putIfAbsent); // an explicit attribute wins, as in CSS
        }
        return kept;
    }

    /** "fill:#c00; stroke : url(#g)" as attributes, keeping only allowed properties with safe values. */
    static Map<String, String> styleDeclarations(String style) {
        Map<String, String> declarations = new LinkedHashMap<>();
        if (style.contains("\\") || style.contains("/*")) { // CSS escapes and comments can hide anything
            return declarations;
        }
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).trim();
            if (STYLE_PROPERTIES.contains(property)) {
                safeValue(value).ifPresent(v -> declarations.put(property, v));
            }
        }
        return declarations;
    }

    /**
     * A value that references nothing outside the drawing: {@code url(#id)} is rewritten to the prefixed id,
     * any other url(), a script or data scheme, CSS expressions or escapes drop the attribute.
     */
    static java.util.Optional<String> safeValue(String raw) {
        String value = raw.trim();
        String squeezed = value.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (squeezed.contains("javascript:")
                || squeezed.contains("vbscript:")
                || squeezed.contains("data:")
                || squeezed.contains("expression(")
                || squeezed.contains("@import")
                || squeezed.contains("\\")
                || squeezed.contains("<")) {
            return java.util.Optional.empty();
        }
        if (!squeezed.contains("url(")) {
            return java.util.Optional.of(value);
        }
        Matcher url = URL.matcher(value);
        StringBuilder rewritten = new StringBuilder();
        while (url.find()) {
            var local = localReference(url.group(1));
            if (local.isEmpty()) {
                return java.util.Optional.empty();
            }
            url.appendReplacement(rewritten, Matcher.quoteReplacement("url(#" + ID_PREFIX + local.get() + ")"));
        }
        url.appendTail(rewritten);
        String result = rewritten.toString();
        // a url( the pattern did not take (unbalanced, nested) is refused rather than guessed at
        return result.replaceAll("url\\(#" + Pattern.quote(ID_PREFIX) + "[A-Za-z0-9_.-]+\\)", "")
                        .toLowerCase(Locale.ROOT)
                        .contains("url(")
                ? java.util.Optional.empty()
                : java.util.Optional.of(result);
    }

    /** "#part-3" is a reference inside the drawing; anything else (a file, a site, a scheme) is not. */
    static java.util.Optional<String> localReference(String href) {
        Matcher m = LOCAL_HREF.matcher(href == null ? "" : href.trim());
        return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static ViewBox viewBoxOf(XMLStreamReader root) {
        String viewBox = root.getAttributeValue(null, "viewBox");
        if (viewBox != null) {
            return ViewBox.parse(viewBox)
                    .orElseThrow(() ->
                            invalid("the drawing's viewBox is not four numbers with a positive width and height"));
        }
        Matcher width = NUMBER.matcher(String.valueOf(root.getAttributeValue(null, "width")));
        Matcher height = NUMBER.matcher(String.valueOf(root.getAttributeValue(null, "height")));
        if (width.matches() && height.matches()) {
            ViewBox box = new ViewBox(0, 0, Double.parseDouble(width.group(1)), Double.parseDouble(height.group(1)));
            if (box.width() > 0 && box.height() > 0) {
                return box;
            }
        }
        throw invalid("the drawing needs a viewBox (or a width and height in pixels) so that it can scale");
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
