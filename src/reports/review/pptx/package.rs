//! The deck as a file: the OOXML parts (content types, presentation, the template's master,
//! layouts and themes, one part a slide, its notes, its chart and the chart's workbook) in a
//! zip with fixed timestamps and a fixed part order, so the same data gives the same bytes.
//! Text is fitted to its placeholder here (see `fit`): the layout gives the box and the
//! largest size, the fit the size at which the words stay inside it.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::chart;
use super::fit;
use super::slides::{Slide, TableSpec};
use super::template::{Layout, Placeholder, Template};
use super::xml::Xml;
use crate::error::{Error, Result};

const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const P: &str = "http://schemas.openxmlformats.org/presentationml/2006/main";
const C: &str = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const PKG_RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_PML: &str = "application/vnd.openxmlformats-officedocument.presentationml";

/// The smallest sizes the fit goes down to: titles, body text (the deck's floor: 18 pt), and
/// the big number. Only a text that fits at none of them (a name of hundreds of characters)
/// is set smaller, down to [`LAST_RESORT`].
const TITLE_MIN: f64 = 20.0;
const BODY_MIN: f64 = 18.0;
const NUMBER_MIN: f64 = 40.0;
const LAST_RESORT: f64 = 10.0;
/// Space before each paragraph but the first, points (the template's `spcBef`).
const PARAGRAPH_GAP: f64 = 6.0;

/// What the deck says about itself (`docProps/core.xml`).
pub struct Props<'a> {
    pub title: &'a str,
    pub author: &'a str,
    /// BCP 47 tag of the text ("de", "pt-BR").
    pub lang: &'a str,
    /// The brand's logo, on the slides that show it.
    pub logo: Option<&'a Logo>,
}

/// A picture of the brand's logo: PNG or JPEG bytes and its size in pixels.
#[derive(Debug, Clone)]
pub struct Logo {
    pub bytes: Vec<u8>,
    /// `png` or `jpeg`.
    pub ext: &'static str,
    pub width: u32,
    pub height: u32,
}

impl Logo {
    /// The logo of `bytes` when they are a PNG or a JPEG whose size can be read.
    pub fn new(bytes: Vec<u8>) -> Option<Logo> {
        let (ext, (width, height)) = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() >= 24
        {
            let be =
                |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
            ("png", (be(16), be(20)))
        } else if bytes.starts_with(&[0xFF, 0xD8]) {
            ("jpeg", jpeg_size(&bytes)?)
        } else {
            return None;
        };
        (width > 0 && height > 0).then_some(Logo {
            bytes,
            ext,
            width,
            height,
        })
    }
}

/// A JPEG's size from its first start-of-frame marker.
fn jpeg_size(b: &[u8]) -> Option<(u32, u32)> {
    let mut i = 2;
    while i + 9 < b.len() {
        if b[i] != 0xFF {
            return None;
        }
        let marker = b[i + 1];
        let len = u16::from_be_bytes([b[i + 2], b[i + 3]]) as usize;
        if matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF) {
            let h = u16::from_be_bytes([b[i + 5], b[i + 6]]) as u32;
            let w = u16::from_be_bytes([b[i + 7], b[i + 8]]) as u32;
            return Some((w, h));
        }
        i += 2 + len;
    }
    None
}

fn rel(kind: &str) -> String {
    format!("{R}/{kind}")
}

fn rels_xml(items: &[(String, String, String)]) -> Result<Vec<u8>> {
    let mut x = Xml::new();
    x.open("Relationships", &[("xmlns", PKG_RELS)]);
    for (id, kind, target) in items {
        x.empty(
            "Relationship",
            &[("Id", id), ("Type", kind), ("Target", target)],
        );
    }
    x.finish()
}

/// `ppt/slideLayouts/x.xml` as seen from a part in another folder of `ppt/`.
fn up(part: &str) -> String {
    format!("../{}", part.strip_prefix("ppt/").unwrap_or(part))
}

fn ppt_relative(part: &str) -> String {
    part.strip_prefix("ppt/").unwrap_or(part).to_string()
}

/// The content type of a part copied from the template, by its folder.
fn template_type(name: &str) -> Option<String> {
    let folder = name.split('/').nth(1)?;
    if name.contains("/_rels/") || !name.ends_with(".xml") {
        return None;
    }
    Some(match folder {
        "slideMasters" => format!("{CT_PML}.slideMaster+xml"),
        "slideLayouts" => format!("{CT_PML}.slideLayout+xml"),
        "notesMasters" => format!("{CT_PML}.notesMaster+xml"),
        "theme" => "application/vnd.openxmlformats-officedocument.theme+xml".into(),
        _ => return None,
    })
}

/// A text run's language: PowerPoint wants a region ("de-DE" is fine, "de" is read too).
fn run_attrs(lang: &str, size: f64) -> [(&'static str, String); 3] {
    [
        ("lang", lang.to_string()),
        ("sz", format!("{}", (size * 100.0).round() as i64)),
        ("dirty", "0".into()),
    ]
}

fn paragraphs(x: &mut Xml, paras: &[String], lang: &str, size: f64) {
    for p in paras {
        let attrs = run_attrs(lang, size);
        let attrs: Vec<(&str, &str)> = attrs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        x.open("a:p", &[]).open("a:r", &[]);
        x.empty("a:rPr", &attrs);
        // A line break inside a paragraph would be a new paragraph to the fit: a space.
        x.leaf("a:t", &p.replace(['\n', '\r'], " "));
        x.close().close();
    }
}

/// The size `paras` are set at in `ph`, and the paragraphs that fit (the rest are in the notes).
fn fitted(paras: &[String], ph: &Placeholder, default: f64, min: f64) -> (f64, Vec<String>) {
    let max = ph.size.unwrap_or(default).max(min);
    let (w, h) = (ph.cx as f64, ph.cy as f64);
    let mut shown = paras.to_vec();
    loop {
        if let Some(s) = fit::size(&shown, w, h, max, min, PARAGRAPH_GAP) {
            return (s, shown);
        }
        if shown.len() <= 1 {
            let s = fit::size(&shown, w, h, min, LAST_RESORT, PARAGRAPH_GAP).unwrap_or(LAST_RESORT);
            return (s, shown);
        }
        shown.pop();
    }
}

/// One placeholder shape filled with `paras`.
fn text_shape(x: &mut Xml, id: usize, ph: &Placeholder, paras: &[String], lang: &str, size: f64) {
    let id_s = id.to_string();
    let name = format!("{} {}", ph.kind, id - 1);
    x.open("p:sp", &[]);
    x.open("p:nvSpPr", &[]);
    x.empty("p:cNvPr", &[("id", &id_s), ("name", &name)]);
    x.open("p:cNvSpPr", &[])
        .empty("a:spLocks", &[("noGrp", "1")])
        .close();
    x.open("p:nvPr", &[]);
    let idx = ph.idx.to_string();
    if ph.is_title() {
        x.empty("p:ph", &[("type", &ph.kind)]);
    } else {
        x.empty("p:ph", &[("type", &ph.kind), ("idx", &idx)]);
    }
    x.close().close();
    x.open("p:spPr", &[]);
    xfrm(x, "a:xfrm", ph);
    x.close();
    x.open("p:txBody", &[]);
    x.open("a:bodyPr", &[]).empty("a:normAutofit", &[]).close();
    x.empty("a:lstStyle", &[]);
    paragraphs(x, paras, lang, size);
    x.close();
    x.close();
}

/// Opens a graphic frame (a chart's or a table's) with its shape id and name ("Chart 3"); the
/// caller writes its position and graphic, then closes it.
fn open_frame(x: &mut Xml, id: usize, kind: &str) {
    let name = format!("{kind} {}", id - 1);
    x.open("p:graphicFrame", &[]);
    x.open("p:nvGraphicFramePr", &[]);
    x.empty("p:cNvPr", &[("id", &id.to_string()), ("name", &name)]);
    x.open("p:cNvGraphicFramePr", &[])
        .empty("a:graphicFrameLocks", &[("noGrp", "1")])
        .close();
    x.empty("p:nvPr", &[]);
    x.close();
}

fn xfrm(x: &mut Xml, tag: &str, ph: &Placeholder) {
    let (px, py, cx, cy) = (
        ph.x.to_string(),
        ph.y.to_string(),
        ph.cx.to_string(),
        ph.cy.to_string(),
    );
    x.open(tag, &[]);
    x.empty("a:off", &[("x", &px), ("y", &py)]);
    x.empty("a:ext", &[("cx", &cx), ("cy", &cy)]);
    x.close();
}

fn tree_start(x: &mut Xml) {
    x.open("p:spTree", &[]);
    x.open("p:nvGrpSpPr", &[]);
    x.empty("p:cNvPr", &[("id", "1"), ("name", "")]);
    x.empty("p:cNvGrpSpPr", &[]);
    x.empty("p:nvPr", &[]);
    x.close();
    x.open("p:grpSpPr", &[]).open("a:xfrm", &[]);
    x.empty("a:off", &[("x", "0"), ("y", "0")]);
    x.empty("a:ext", &[("cx", "0"), ("cy", "0")]);
    x.empty("a:chOff", &[("x", "0"), ("y", "0")]);
    x.empty("a:chExt", &[("cx", "0"), ("cy", "0")]);
    x.close().close();
}

/// Where a layout's chart goes: its chart placeholder, else its first body placeholder but
/// the title, else the slide less a margin.
fn chart_area(layout: &Layout, t: &Template) -> Placeholder {
    layout
        .placeholders
        .iter()
        .find(|p| p.kind == "chart")
        .or_else(|| layout.placeholders.iter().find(|p| !p.is_title()))
        .cloned()
        .unwrap_or(Placeholder {
            kind: "chart".into(),
            idx: 0,
            x: t.width / 20,
            y: t.height / 4,
            cx: t.width * 9 / 10,
            cy: t.height * 7 / 10,
            size: None,
        })
}

/// A slide part. `chart_rid` names its chart, when it has one.
fn slide_xml(
    s: &Slide,
    layout: &Layout,
    t: &Template,
    props: &Props,
    chart_rid: Option<&str>,
    logo_rid: Option<&str>,
) -> Result<Vec<u8>> {
    let lang = props.lang;
    let mut x = Xml::new();
    x.open("p:sld", &[("xmlns:a", A), ("xmlns:r", R), ("xmlns:p", P)]);
    x.open("p:cSld", &[]);
    tree_start(&mut x);
    let mut id = 2;
    if let Some(ph) = layout.title() {
        let paras = vec![s.title.clone()];
        let (size, shown) = fitted(&paras, ph, 32.0, TITLE_MIN);
        text_shape(&mut x, id, ph, &shown, lang, size);
        id += 1;
    }
    for (idx, paras) in &s.texts {
        let Some(ph) = layout.at(*idx) else { continue };
        let big = ph.size.unwrap_or(0.0) >= 60.0;
        let min = if big { NUMBER_MIN } else { BODY_MIN };
        let (size, shown) = fitted(paras, ph, 20.0, min);
        text_shape(&mut x, id, ph, &shown, lang, size);
        id += 1;
    }
    if let Some(rid) = chart_rid {
        let area = chart_area(layout, t);
        open_frame(&mut x, id, "Chart");
        xfrm(&mut x, "p:xfrm", &area);
        x.open("a:graphic", &[])
            .open("a:graphicData", &[("uri", C)]);
        x.empty("c:chart", &[("xmlns:c", C), ("r:id", rid)]);
        x.close().close();
        x.close();
    }
    if let Some(table) = &s.table {
        let area = layout
            .placeholders
            .iter()
            .find(|p| p.kind == "tbl")
            .cloned()
            .unwrap_or_else(|| chart_area(layout, t));
        table_frame(&mut x, id, &area, table, lang);
        id += 1;
    }
    if let (Some(rid), Some(logo)) = (logo_rid, props.logo) {
        // Top left, 0.6 in high (at most 3 in wide), above the title.
        let cy = 548640i64;
        let cx = (cy * logo.width as i64 / logo.height as i64).min(2743200);
        let cy = cx * logo.height as i64 / logo.width as i64;
        let place = Placeholder {
            kind: String::new(),
            idx: 0,
            x: t.width / 22,
            y: t.height / 15,
            cx,
            cy,
            size: None,
        };
        let id_s = id.to_string();
        x.open("p:pic", &[]).open("p:nvPicPr", &[]);
        x.empty(
            "p:cNvPr",
            &[("id", &id_s), ("name", "Logo"), ("descr", props.author)],
        );
        x.open("p:cNvPicPr", &[])
            .empty("a:picLocks", &[("noChangeAspect", "1")])
            .close();
        x.empty("p:nvPr", &[]);
        x.close();
        x.open("p:blipFill", &[]);
        x.empty("a:blip", &[("r:embed", rid)]);
        x.open("a:stretch", &[]).empty("a:fillRect", &[]).close();
        x.close();
        x.open("p:spPr", &[]);
        xfrm(&mut x, "a:xfrm", &place);
        x.open("a:prstGeom", &[("prst", "rect")])
            .empty("a:avLst", &[])
            .close();
        x.close().close();
    }
    x.close(); // spTree
    x.close(); // cSld
    x.open("p:clrMapOvr", &[])
        .empty("a:masterClrMapping", &[])
        .close();
    x.finish()
}

/// Table text: bold white on the accent in the header row, 18 pt (or 20 when every row fits).
const TABLE_SIZES: [f64; 2] = [20.0, 18.0];
/// The goal column's share of the width; the other columns share the rest.
const FIRST_COLUMN: f64 = 0.3;

/// The column widths of `table` in `width` EMU.
fn columns(table: &TableSpec, width: i64) -> Vec<i64> {
    let n = table.header.len().max(1);
    if n == 1 {
        return vec![width];
    }
    let first = (width as f64 * FIRST_COLUMN) as i64;
    let rest = (width - first) / (n as i64 - 1);
    std::iter::once(width - rest * (n as i64 - 1))
        .chain(std::iter::repeat_n(rest, n - 1))
        .collect()
}

/// A row's height at `size`: its tallest cell's lines.
fn row_height(cells: &[String], widths: &[i64], size: f64) -> i64 {
    cells
        .iter()
        .zip(widths)
        .map(|(c, w)| fit::height(std::slice::from_ref(c), *w as f64, size, 0.0) as i64 + 91440)
        .max()
        .unwrap_or(0)
}

/// A native table in `area`: the header, then as many rows as fit (the rest are in the notes).
fn table_frame(x: &mut Xml, id: usize, area: &Placeholder, table: &TableSpec, lang: &str) {
    let widths = columns(table, area.cx);
    let mut size = TABLE_SIZES[1];
    let mut rows = table.rows.clone();
    let total = |rows: &[Vec<String>], size: f64| -> i64 {
        row_height(&table.header, &widths, size)
            + rows
                .iter()
                .map(|r| row_height(r, &widths, size))
                .sum::<i64>()
    };
    // The larger size only when every row fits and no word is broken across lines (a long
    // German heading, "Ausgangswert", in a narrow column), by the fit's generous widths.
    let words_fit = |size: f64| {
        std::iter::once(&table.header)
            .chain(rows.iter())
            .all(|cells| {
                cells.iter().zip(&widths).all(|(c, w)| {
                    let room = (*w as f64 - 182880.0) / 12700.0;
                    c.split_whitespace()
                        .all(|word| word.chars().map(fit::em).sum::<f64>() * size <= room)
                })
            })
    };
    if total(&rows, TABLE_SIZES[0]) <= area.cy && words_fit(TABLE_SIZES[0]) {
        size = TABLE_SIZES[0];
    } else {
        while rows.len() > 1 && total(&rows, size) > area.cy {
            rows.pop();
        }
    }
    open_frame(x, id, "Table");
    let used = Placeholder {
        cy: total(&rows, size),
        ..area.clone()
    };
    xfrm(x, "p:xfrm", &used);
    x.open("a:graphic", &[]).open(
        "a:graphicData",
        &[(
            "uri",
            "http://schemas.openxmlformats.org/drawingml/2006/table",
        )],
    );
    x.open("a:tbl", &[]);
    x.empty("a:tblPr", &[("firstRow", "1")]);
    x.open("a:tblGrid", &[]);
    for w in &widths {
        x.empty("a:gridCol", &[("w", &w.to_string())]);
    }
    x.close();
    let sz = format!("{}", (size * 100.0).round() as i64);
    for (r, cells) in std::iter::once(&table.header)
        .chain(rows.iter())
        .enumerate()
    {
        let header = r == 0;
        let h = row_height(cells, &widths, size).to_string();
        x.open("a:tr", &[("h", &h)]);
        for cell in cells {
            x.open("a:tc", &[]).open("a:txBody", &[]);
            x.empty("a:bodyPr", &[]);
            x.empty("a:lstStyle", &[]);
            x.open("a:p", &[]).open("a:r", &[]);
            let bold = if header { "1" } else { "0" };
            x.open(
                "a:rPr",
                &[("lang", lang), ("sz", &sz), ("b", bold), ("dirty", "0")],
            );
            x.open("a:solidFill", &[])
                .empty(
                    "a:schemeClr",
                    &[("val", if header { "bg1" } else { "tx1" })],
                )
                .close();
            x.close();
            x.leaf("a:t", &cell.replace(['\n', '\r'], " "));
            x.close().close();
            x.close();
            x.open("a:tcPr", &[]);
            // A rule under every row; the header on the accent.
            x.open("a:lnB", &[("w", "9525")])
                .open("a:solidFill", &[])
                .empty("a:srgbClr", &[("val", "D9DDE3")])
                .close()
                .close();
            if header {
                x.open("a:solidFill", &[])
                    .empty("a:schemeClr", &[("val", "accent1")])
                    .close();
            }
            x.close();
            x.close();
        }
        x.close();
    }
    x.close().close().close();
    x.close();
}

fn notes_xml(notes: &[String], lang: &str) -> Result<Vec<u8>> {
    let mut x = Xml::new();
    x.open("p:notes", &[("xmlns:a", A), ("xmlns:r", R), ("xmlns:p", P)]);
    x.open("p:cSld", &[]);
    tree_start(&mut x);
    x.open("p:sp", &[]).open("p:nvSpPr", &[]);
    x.empty(
        "p:cNvPr",
        &[("id", "2"), ("name", "Slide Image Placeholder 1")],
    );
    x.open("p:cNvSpPr", &[])
        .empty(
            "a:spLocks",
            &[("noGrp", "1"), ("noRot", "1"), ("noChangeAspect", "1")],
        )
        .close();
    x.open("p:nvPr", &[])
        .empty("p:ph", &[("type", "sldImg")])
        .close();
    x.close();
    x.empty("p:spPr", &[]);
    x.close();
    x.open("p:sp", &[]).open("p:nvSpPr", &[]);
    x.empty("p:cNvPr", &[("id", "3"), ("name", "Notes Placeholder 2")]);
    x.open("p:cNvSpPr", &[])
        .empty("a:spLocks", &[("noGrp", "1")])
        .close();
    x.open("p:nvPr", &[])
        .empty("p:ph", &[("type", "body"), ("idx", "1")])
        .close();
    x.close();
    x.empty("p:spPr", &[]);
    x.open("p:txBody", &[]);
    x.empty("a:bodyPr", &[]);
    x.empty("a:lstStyle", &[]);
    paragraphs(&mut x, notes, lang, 12.0);
    x.close();
    x.close();
    x.close().close();
    x.open("p:clrMapOvr", &[])
        .empty("a:masterClrMapping", &[])
        .close();
    x.finish()
}

/// The deck's bytes: `slides` filled into `template`'s layouts, `theme_parts` the template's
/// parts in the brand's colours ([`Template::branded_parts`]).
pub fn write(
    template: &Template,
    theme_parts: &[(String, Vec<u8>)],
    slides: &[Slide],
    props: &Props,
) -> Result<Vec<u8>> {
    let lang = props.lang;
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    let mut overrides: Vec<(String, String)> = Vec::new();

    // The slides, their notes and charts.
    let mut slide_parts = Vec::new();
    let mut charts = 0;
    for (i, s) in slides.iter().enumerate() {
        let n = i + 1;
        let layout = template.layouts.get(s.layout).ok_or_else(|| {
            Error::Template(format!(
                "the deck template has no layout named {:?}; restore templates/review.pptx.",
                s.layout
            ))
        })?;
        let name = format!("ppt/slides/slide{n}.xml");
        let notes = format!("ppt/notesSlides/notesSlide{n}.xml");
        let mut rels = vec![
            ("rId1".to_string(), rel("slideLayout"), up(&layout.part)),
            ("rId2".to_string(), rel("notesSlide"), up(&notes)),
        ];
        let mut chart_rid = None;
        let mut chart_files = Vec::new();
        if let Some(spec) = &s.chart {
            charts += 1;
            let chart_name = format!("ppt/charts/chart{charts}.xml");
            let book = format!("ppt/embeddings/Microsoft_Excel_Worksheet{charts}.xlsx");
            rels.push(("rId3".into(), rel("chart"), up(&chart_name)));
            chart_rid = Some("rId3");
            chart_files.push((chart_name.clone(), chart::chart_xml(spec, "rId1", lang)?));
            chart_files.push((
                super::template::rels_name(&chart_name),
                rels_xml(&[("rId1".into(), rel("package"), up(&book))])?,
            ));
            chart_files.push((book, chart::workbook(spec)?));
            overrides.push((
                chart_name,
                "application/vnd.openxmlformats-officedocument.drawingml.chart+xml".into(),
            ));
        }
        let logo_rid = match (s.logo, props.logo) {
            (true, Some(logo)) => {
                rels.push((
                    "rId4".into(),
                    rel("image"),
                    format!("../media/recap-logo.{}", logo.ext),
                ));
                Some("rId4")
            }
            _ => None,
        };
        parts.push((
            name.clone(),
            slide_xml(s, layout, template, props, chart_rid, logo_rid)?,
        ));
        parts.push((super::template::rels_name(&name), rels_xml(&rels)?));
        parts.push((notes.clone(), notes_xml(&s.notes, lang)?));
        parts.push((
            super::template::rels_name(&notes),
            rels_xml(&[
                (
                    "rId1".into(),
                    rel("notesMaster"),
                    up(&template.notes_master),
                ),
                ("rId2".into(), rel("slide"), up(&name)),
            ])?,
        ));
        parts.extend(chart_files);
        overrides.push((name.clone(), format!("{CT_PML}.slide+xml")));
        overrides.push((notes, format!("{CT_PML}.notesSlide+xml")));
        slide_parts.push(name);
    }

    // The presentation: master, notes master, theme, properties, the slides.
    let mut pres_rels = vec![
        (
            "rId1".to_string(),
            rel("slideMaster"),
            ppt_relative(&template.master),
        ),
        (
            "rId2".into(),
            rel("notesMaster"),
            ppt_relative(&template.notes_master),
        ),
        ("rId3".into(), rel("theme"), ppt_relative(&template.theme)),
        ("rId4".into(), rel("presProps"), "presProps.xml".into()),
        ("rId5".into(), rel("viewProps"), "viewProps.xml".into()),
        ("rId6".into(), rel("tableStyles"), "tableStyles.xml".into()),
    ];
    let mut x = Xml::new();
    x.open(
        "p:presentation",
        &[
            ("xmlns:a", A),
            ("xmlns:r", R),
            ("xmlns:p", P),
            ("saveSubsetFonts", "1"),
        ],
    );
    x.open("p:sldMasterIdLst", &[])
        .empty(
            "p:sldMasterId",
            &[("id", &template.master_id), ("r:id", "rId1")],
        )
        .close();
    x.open("p:notesMasterIdLst", &[])
        .empty("p:notesMasterId", &[("r:id", "rId2")])
        .close();
    x.open("p:sldIdLst", &[]);
    for (i, name) in slide_parts.iter().enumerate() {
        let rid = format!("rId{}", i + 10);
        let id = (256 + i).to_string();
        x.empty("p:sldId", &[("id", &id), ("r:id", &rid)]);
        pres_rels.push((rid, rel("slide"), ppt_relative(name)));
    }
    x.close();
    let (w, h) = (template.width.to_string(), template.height.to_string());
    x.empty("p:sldSz", &[("cx", &w), ("cy", &h)]);
    x.empty("p:notesSz", &[("cx", "6858000"), ("cy", "9144000")]);
    x.close();
    let presentation = x.finish()?;

    let mut core = Xml::new();
    core.open(
        "cp:coreProperties",
        &[
            (
                "xmlns:cp",
                "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            ),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
        ],
    );
    core.leaf("dc:title", props.title);
    core.leaf("dc:creator", props.author);
    core.leaf("dc:language", lang);
    let core = core.finish()?;

    let small = |root: &str, ns: &[(&str, &str)]| -> Result<Vec<u8>> {
        let mut x = Xml::new();
        x.empty(root, ns);
        x.finish()
    };
    let pml_ns = [("xmlns:a", A), ("xmlns:r", R), ("xmlns:p", P)];

    // Content types: every part named, in a fixed order.
    let mut ct = Xml::new();
    ct.open(
        "Types",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/package/2006/content-types",
        )],
    );
    for (ext, kind) in [
        (
            "rels",
            "application/vnd.openxmlformats-package.relationships+xml",
        ),
        ("xml", "application/xml"),
        (
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        ("png", "image/png"),
        ("jpeg", "image/jpeg"),
        ("jpg", "image/jpeg"),
        ("gif", "image/gif"),
        ("svg", "image/svg+xml"),
        ("emf", "image/x-emf"),
    ] {
        ct.empty("Default", &[("Extension", ext), ("ContentType", kind)]);
    }
    let mut all_overrides: Vec<(String, String)> = vec![
        (
            "ppt/presentation.xml".into(),
            format!("{CT_PML}.presentation.main+xml"),
        ),
        (
            "docProps/core.xml".into(),
            "application/vnd.openxmlformats-package.core-properties+xml".into(),
        ),
        (
            "ppt/presProps.xml".into(),
            format!("{CT_PML}.presProps+xml"),
        ),
        (
            "ppt/viewProps.xml".into(),
            format!("{CT_PML}.viewProps+xml"),
        ),
        (
            "ppt/tableStyles.xml".into(),
            format!("{CT_PML}.tableStyles+xml"),
        ),
    ];
    all_overrides.extend(
        theme_parts
            .iter()
            .filter_map(|(n, _)| template_type(n).map(|t| (n.clone(), t))),
    );
    all_overrides.extend(overrides);
    for (name, kind) in &all_overrides {
        let part = format!("/{name}");
        ct.empty("Override", &[("PartName", &part), ("ContentType", kind)]);
    }
    let ct = ct.finish()?;

    let root_rels = rels_xml(&[
        (
            "rId1".into(),
            rel("officeDocument"),
            "ppt/presentation.xml".into(),
        ),
        (
            "rId2".into(),
            format!("{PKG_RELS}/metadata/core-properties"),
            "docProps/core.xml".into(),
        ),
    ])?;

    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), ct),
        ("_rels/.rels".into(), root_rels),
        ("docProps/core.xml".into(), core),
        ("ppt/presentation.xml".into(), presentation),
        (
            "ppt/_rels/presentation.xml.rels".into(),
            rels_xml(&pres_rels)?,
        ),
        (
            "ppt/presProps.xml".into(),
            small("p:presentationPr", &pml_ns)?,
        ),
        ("ppt/viewProps.xml".into(), small("p:viewPr", &pml_ns)?),
        (
            "ppt/tableStyles.xml".into(),
            small(
                "a:tblStyleLst",
                &[
                    ("xmlns:a", A),
                    ("def", "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"),
                ],
            )?,
        ),
    ];
    files.extend(theme_parts.iter().cloned());
    if let Some(logo) = props.logo
        && slides.iter().any(|s| s.logo)
    {
        files.push((
            format!("ppt/media/recap-logo.{}", logo.ext),
            logo.bytes.clone(),
        ));
    }
    files.extend(parts);
    zip(&files)
}

/// The parts as a zip, in the order given, every entry dated 1980-01-01 00:00.
fn zip(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>> {
    let err = |e: String| Error::Template(format!("could not write the deck's zip: {e}"));
    let mut z = ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, data) in files {
        z.start_file(name.as_str(), opts)
            .map_err(|e| err(e.to_string()))?;
        z.write_all(data).map_err(|e| err(e.to_string()))?;
    }
    let out = z.finish().map_err(|e| err(e.to_string()))?;
    Ok(out.into_inner())
}
