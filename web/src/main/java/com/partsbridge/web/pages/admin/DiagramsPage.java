package com.partsbridge.web.pages.admin;

import com.partsbridge.catalog.diagram.boundary.DiagramView;
import com.partsbridge.catalog.diagram.boundary.Diagrams;
import com.partsbridge.catalog.diagram.boundary.HotspotMap;
import com.partsbridge.catalog.diagram.boundary.HotspotView;
import com.partsbridge.catalog.diagram.boundary.NewDiagram;
import com.partsbridge.catalog.diagram.boundary.NewHotspot;
import com.partsbridge.catalog.diagram.entity.HotspotShape;
import com.partsbridge.catalog.model.boundary.ModelView;
import com.partsbridge.catalog.model.boundary.ProductModels;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.web.api.problem.Failure;
import com.partsbridge.web.api.problem.Failures;
import com.partsbridge.web.pages.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Admins pick a model (admin/diagrams.xhtml?model=...), upload the drawing of one of its revisions (a serial
 * range) and place its hotspots with a small form each. What the catalog refuses is shown beside the field it
 * names: the upload's fields, or the field of the hotspot row at the index the catalog reports.
 */
@Named
@ViewScoped
public class DiagramsPage implements Serializable {

    private static final Pattern HOTSPOT_FIELD = Pattern.compile("hotspots\\[(\\d+)]\\.(\\w+)");
    private static final Map<String, String> UPLOAD_FIELDS =
            Map.of("serialFrom", "from", "serialTo", "to", "label", "label", "svg", "svg", "modelCode", "svg");

    @Inject
    transient Diagrams diagrams;

    @Inject
    transient ProductModels models;

    @Inject
    transient SecurityContext security;

    private String model;
    private Long diagram;

    private List<ModelView> modelChoices = List.of();
    private List<DiagramView> modelDiagrams = List.of();
    private DiagramView editing;
    private String editingMarkup;
    private List<String> positions = List.of();
    private List<HotspotRow> rows = new ArrayList<>();
    private HotspotRow added = new HotspotRow();

    private String serialFrom;
    private String serialTo;
    private String label;
    private transient Part file;

    /** On the first GET: the models to pick from and, once one is picked, its diagrams. */
    public void load() {
        modelChoices = models.list(PageRequest.first(PageRequest.MAX_SIZE)).items();
        if (model != null && !model.isBlank()) {
            refresh();
        }
    }

    private void refresh() {
        Page<DiagramView> page = Messages.attempt(() -> diagrams.ofModel(model, PageRequest.first(50)));
        modelDiagrams = page == null ? List.of() : page.items();
        editing = modelDiagrams.stream()
                .filter(d -> diagram == null || d.id() == diagram)
                .findFirst()
                .orElse(null);
        editingMarkup = editing != null && editing.drawn() ? diagrams.drawing(editing.id()) : null;
        positions = editing == null ? List.of() : diagrams.positionsFor(editing.id());
        rows = editing == null
                ? new ArrayList<>()
                : new ArrayList<>(
                        editing.hotspots().stream().map(HotspotRow::of).toList());
        added = new HotspotRow();
    }

    /** Uploads the drawing for the range (the diagram is created the first time). */
    public void upload() {
        byte[] svg = read(file);
        if (svg == null) {
            return;
        }
        try {
            DiagramView saved = diagrams.upload(new NewDiagram(model, serialFrom, serialTo, label), svg, me());
            diagram = saved.id();
            Messages.info("The drawing of " + saved.label() + " is saved, sanitised (" + saved.drawingBytes()
                    + " bytes): place its hotspots below.");
            serialFrom = serialTo = label = null;
            refresh();
        } catch (RuntimeException e) {
            showBesideFields(e, field -> "upload:" + UPLOAD_FIELDS.getOrDefault(field, "svg"));
        }
    }

    private byte[] read(Part upload) {
        if (upload == null) {
            besideField("upload:svg", "Choose an SVG file.");
            return null;
        }
        if (upload.getSize() > diagrams.maxBytes()) {
            besideField(
                    "upload:svg",
                    "A drawing is at most " + diagrams.maxBytes() / 1024 + " KiB; this one is "
                            + upload.getSize() / 1024 + " KiB.");
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            besideField("upload:svg", "The file could not be read; upload it again.");
            return null;
        }
    }

    public void save(HotspotRow row) {
        if (send(rows)) {
            Messages.info("The hotspot for " + row.getPosition() + " is saved.");
        }
    }

    public void remove(HotspotRow row) {
        List<HotspotRow> next = new ArrayList<>(rows);
        next.remove(row);
        if (send(next)) {
            Messages.info("The hotspot for " + row.getPosition() + " is removed.");
        }
    }

    public void add() {
        List<HotspotRow> next = new ArrayList<>(rows);
        next.add(added);
        String position = added.getPosition();
        if (send(next)) {
            Messages.info("A hotspot for " + position + " is added.");
        }
    }

    /** Sends all hotspots of the diagram; a refusal goes beside the field of the row it names. */
    private boolean send(List<HotspotRow> next) {
        try {
            diagrams.mapHotspots(
                    editing.id(),
                    new HotspotMap(next.stream().map(HotspotRow::toNew).toList()),
                    me());
        } catch (RuntimeException e) {
            int existing = rows.size();
            showBesideFields(e, field -> {
                Matcher m = HOTSPOT_FIELD.matcher(field);
                if (!m.matches()) {
                    return null;
                }
                int index = Integer.parseInt(m.group(1));
                String input = m.group(2);
                return index < existing && next.get(index) == rows.get(index)
                        ? "spots:" + index + ":hotspot:" + input
                        : "add-hotspot:" + input;
            });
            return false;
        }
        diagram = editing.id();
        refresh();
        return true;
    }

    /** The fields the failure names, each beside its input; without one, above the page. */
    private static void showBesideFields(RuntimeException e, java.util.function.Function<String, String> inputOf) {
        Failure failure = Failures.classify(e);
        boolean shown = false;
        if (!failure.unexpected()) {
            for (var field : failure.fields().entrySet()) {
                String clientId = inputOf.apply(field.getKey());
                if (clientId != null) {
                    besideField(clientId, capitalized(field.getValue()) + ".");
                    shown = true;
                }
            }
        }
        if (!shown) {
            Messages.<Object>attempt(() -> {
                throw e;
            });
        }
    }

    private static void besideField(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static String capitalized(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    /** One hotspot as its form edits it: a rectangle on a position. */
    public static class HotspotRow implements Serializable {

        private String position;
        private Integer x;
        private Integer y;
        private Integer width;
        private Integer height;
        private String label;

        static HotspotRow of(HotspotView h) {
            HotspotRow row = new HotspotRow();
            row.position = h.position();
            row.x = h.x();
            row.y = h.y();
            row.width = h.width();
            row.height = h.height();
            row.label = h.label().equals(h.position()) ? null : h.label();
            return row;
        }

        NewHotspot toNew() {
            return new NewHotspot(position, HotspotShape.RECT, x, y, width, height, label);
        }

        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = position;
        }

        public Integer getX() {
            return x;
        }

        public void setX(Integer x) {
            this.x = x;
        }

        public Integer getY() {
            return y;
        }

        public void setY(Integer y) {
            this.y = y;
        }

        public Integer getWidth() {
            return width;
        }

        public void setWidth(Integer width) {
            this.width = width;
        }

        public Integer getHeight() {
            return height;
        }

        public void setHeight(Integer height) {
            this.height = height;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public Long getDiagram() {
        return diagram;
    }

    public void setDiagram(Long diagram) {
        this.diagram = diagram;
    }

    public List<ModelView> getModelChoices() {
        return modelChoices;
    }

    public List<DiagramView> getModelDiagrams() {
        return modelDiagrams;
    }

    public DiagramView getEditing() {
        return editing;
    }

    public String getEditingMarkup() {
        return editingMarkup;
    }

    public List<String> getPositions() {
        return positions;
    }

    public List<HotspotRow> getRows() {
        return rows;
    }

    public HotspotRow getAdded() {
        return added;
    }

    public int getMaxKiB() {
        return diagrams.maxBytes() / 1024;
    }

    public String getSerialFrom() {
        return serialFrom;
    }

    public void setSerialFrom(String serialFrom) {
        this.serialFrom = serialFrom;
    }

    public String getSerialTo() {
        return serialTo;
    }

    public void setSerialTo(String serialTo) {
        this.serialTo = serialTo;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
