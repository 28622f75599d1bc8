package com.partsbridge.catalog.diagram.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attack SVGs of the kinds seen in the wild (OWASP, DOMPurify's and Cure53's test cases), and honest ones. */
class SvgSanitizerTest {

    private static String clean(String svg) {
        return SvgSanitizer.sanitize(svg.getBytes(StandardCharsets.UTF_8)).markup();
    }

    private static String svg(String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " viewBox=\"0 0 100 100\">" + body + "</svg>";
    }

    @Test
    void keepsAnHonestDrawingWithItsGeometryAndColours() {
        String out = clean(
                svg(
                        "<g transform=\"translate(5 5)\"><rect x=\"1\" y=\"2\" width=\"30\" height=\"40\""
                                + " rx=\"3\" fill=\"#c00\" stroke=\"black\"/><path d=\"M0 0 L10 10\"/><text x=\"5\" y=\"9\">Door &amp; pin</text></g>"));
        assertTrue(out.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\">"), out);
        assertTrue(
                out.contains(
                        "<rect x=\"1\" y=\"2\" width=\"30\" height=\"40\" rx=\"3\" fill=\"#c00\" stroke=\"black\""),
                out);
        assertTrue(out.contains("<path d=\"M0 0 L10 10\""), out);
        assertTrue(out.contains(">Door &amp; pin</text>"), out);
    }

    @Test
    void dropsScriptElementsAndTheirContent() {
        String out = clean(svg("<script>alert(1)</script><script xlink:href=\"https://evil.example/x.js\"/>"
                + "<rect width=\"5\" height=\"5\"/>"));
        assertFalse(out.toLowerCase().contains("script"), out);
        assertFalse(out.contains("alert"), out);
        assertTrue(out.contains("<rect"), out);
    }

    @Test
    void dropsEventHandlersOnEveryElementIncludingTheRoot() {
        String out = clean("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" onload=\"alert(1)\">"
                + "<circle r=\"3\" onclick=\"alert(2)\" onmouseover=\"alert(3)\" OnFocus=\"alert(4)\"/></svg>");
        assertFalse(out.toLowerCase().contains("on"), out);
        assertFalse(out.contains("alert"), out);
    }

    @Test
    void dropsLinksWithJavascriptHrefsAndAnyHrefThatLeavesTheDrawing() {
        String out = clean(
                svg(
                        "<a href=\"javascript:alert(1)\"><rect width=\"5\" height=\"5\"/></a>"
                                + "<a xlink:href=\"javascript:alert(2)\"><text>click</text></a>"
                                + "<use href=\"https://evil.example/sprite.svg#x\"/><use xlink:href=\"data:image/svg+xml;base64,PHN2Zz4=\"/>"
                                + "<use xlink:href=\"  JaVaScRiPt:alert(3)\"/><use href=\"#part\"/><rect id=\"part\" width=\"1\" height=\"1\"/>"));
        assertFalse(out.toLowerCase().contains("javascript"), out);
        assertFalse(out.contains("evil.example"), out);
        assertFalse(out.contains("data:"), out);
        assertFalse(out.contains("<a"), out);
        assertTrue(out.contains("<use href=\"#dg-part\""), "a reference inside the drawing stays: " + out);
        assertTrue(out.contains("id=\"dg-part\""), out);
    }

    @Test
    void dropsForeignObjectImagesStylesAndAnimationThatCouldRewriteAnHref() {
        String out = clean(svg(
                "<foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\"><img src=\"x\" onerror=\"alert(1)\"/></body></foreignObject>"
                        + "<image href=\"https://evil.example/track.png\"/>"
                        + "<style>@import url(https://evil.example/x.css); rect { fill: red }</style>"
                        + "<a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><set attributeName=\"onclick\" to=\"alert(2)\"/></a>"
                        + "<iframe src=\"javascript:alert(3)\"/>"));
        for (String gone :
                new String[] {"foreignObject", "img", "image", "style", "animate", "set", "iframe", "evil", "alert"}) {
            assertFalse(out.contains(gone), gone + " is gone: " + out);
        }
    }

    @Test
    void styleBecomesPresentationAttributesWithoutUrlsToOtherPlaces() {
        String out = clean(svg("<rect width=\"5\" height=\"5\" style=\"fill: #0a0; stroke:url(https://evil.example/x);"
                + " background-image: url(javascript:alert(1)); stroke-width: 2\"/>"
                + "<rect width=\"5\" height=\"5\" fill=\"url(#grad)\" stroke=\"url('https://evil.example/p#g')\"/>"
                + "<rect width=\"5\" height=\"5\" style=\"fill: expression(alert(1))\"/>"
                + "<rect width=\"5\" height=\"5\" style=\"fill: \\75 rl(x)\"/>"));
        assertFalse(out.contains("style"), out);
        assertTrue(out.contains("fill=\"#0a0\""), out);
        assertTrue(out.contains("stroke-width=\"2\""), out);
        assertTrue(out.contains("fill=\"url(#dg-grad)\""), out);
        assertFalse(out.contains("evil") || out.contains("javascript") || out.contains("expression"), out);
    }

    @Test
    void refusesExternalEntitiesWithoutReadingTheFile(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + svg("<text>&xxe;</text>");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> clean(xxe));
        assertEquals("svg", e.field());
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }

    @Test
    void refusesTheBillionLaughsWithoutExpandingIt() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE svg [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10));
            dtd.append("\">");
        }
        dtd.append("]>");
        long started = System.nanoTime();
        assertThrows(InvalidInputException.class, () -> clean(dtd + svg("<text>&lol9;</text>")));
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "refused at once, not expanded");
    }

    @Test
    void aPlainDoctypeAsIllustratorWritesItIsIgnoredNotFetched() {
        String out = clean("<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
                + " \"http://127.0.0.1:9/never-fetched.dtd\">" + svg("<rect width=\"1\" height=\"1\"/>"));
        assertFalse(out.contains("DOCTYPE"), out);
        assertTrue(out.contains("<rect"), out);
    }

    @Test
    void refusesWhatIsNotAnSvgDrawing() {
        assertEquals(
                "svg",
                assertThrows(InvalidInputException.class, () -> clean("%PDF-1.7 not xml"))
                        .field());
        assertTrue(assertThrows(InvalidInputException.class, () -> clean("<html><body/></html>"))
                .getMessage()
                .contains("not an SVG drawing"));
        assertThrows(InvalidInputException.class, () -> clean(""));
        assertThrows(
                InvalidInputException.class,
                () -> clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>"),
                "no viewBox and no size: it could not scale");
    }

    @Test
    void derivesTheViewBoxFromPixelSizeAndLetsThePageSizeTheDrawing() {
        var clean = SvgSanitizer.sanitize(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640px\" height=\"420\"><rect width=\"1\" height=\"1\"/></svg>"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals("0 0 640 420", clean.viewBox().text());
        assertFalse(clean.markup().contains("width=\"640"), clean.markup());
    }

    @Test
    void dropsEditorNamespacesAndCommentsAndPrefixesIds() {
        String out = clean(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\""
                        + " viewBox=\"0 0 10 10\" id=\"signed-in\"><!-- a comment --><inkscape:grid/><g inkscape:label=\"Layer 1\""
                        + " id=\"main content\"><rect width=\"1\" height=\"1\"/></g></svg>");
        assertFalse(out.contains("inkscape"), out);
        assertFalse(out.contains("comment"), out);
        assertTrue(out.contains("id=\"dg-signed-in\""), "cannot clobber the page's ids: " + out);
        assertFalse(out.contains("main content"), "an id that is no id is dropped: " + out);
    }

    @Test
    void keepsTextEscapedSoItCannotBreakOutIntoThePage() {
        String out = clean(svg("<title>&lt;/svg&gt;&lt;img src=x onerror=alert(1)&gt;</title>"
                + "<text><![CDATA[</text><script>alert(1)</script>]]></text>"));
        assertFalse(out.contains("<img"), out);
        assertFalse(out.contains("<script"), out);
        assertTrue(out.contains("&lt;/svg>") || out.contains("&lt;/svg&gt;"), out);
    }

    @Test
    void theDemoDrawingsPassUnchangedInSubstance() throws IOException {
        for (String file : new String[] {"harmony-880-rev-a.svg", "harmony-880-rev-b.svg"}) {
            try (InputStream in = getClass().getResourceAsStream("/demo/diagrams/" + file)) {
                var clean = SvgSanitizer.sanitize(in.readAllBytes());
                assertEquals("0 0 640 420", clean.viewBox().text());
                assertTrue(clean.markup().contains("marker-end=\"url(#dg-arrow)\""), clean.markup());
                assertTrue(clean.markup().contains("Revision"), clean.markup());
            }
        }
    }
}
