//! The deck's look: `templates/review.pptx`, a plain deck anyone can edit in PowerPoint. recap
//! copies its slide master, layouts, themes, notes master and their pictures into every deck,
//! and reads where each layout's placeholders are and how large their text is, so a slide is
//! filled at the layout's own positions and sizes. The brand's colour from `[brand]` replaces
//! the themes' `accent1` (lines, bars, the big numbers) and `dk2` (titles). Replacing the file
//! changes the look without code.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::Path;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, Writer};

use crate::error::{Error, Result};

/// The template's file name under the templates folder.
pub const FILE: &str = "review.pptx";

/// Where a placeholder is (EMU) and the size of its text (points), when it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Placeholder {
    /// `title`, `ctrTitle`, `subTitle`, `body`, `chart`, … (`obj` when unsaid).
    pub kind: String,
    pub idx: u32,
    pub x: i64,
    pub y: i64,
    pub cx: i64,
    pub cy: i64,
    pub size: Option<f64>,
}

impl Placeholder {
    pub fn is_title(&self) -> bool {
        self.kind == "title" || self.kind == "ctrTitle"
    }
}

/// One layout: its part name and its placeholders.
#[derive(Debug, Clone)]
pub struct Layout {
    pub part: String,
    pub placeholders: Vec<Placeholder>,
}

impl Layout {
    /// The title placeholder.
    pub fn title(&self) -> Option<&Placeholder> {
        self.placeholders.iter().find(|p| p.is_title())
    }
    /// The placeholder `idx` (not the title).
    pub fn at(&self, idx: u32) -> Option<&Placeholder> {
        self.placeholders
            .iter()
            .find(|p| !p.is_title() && p.idx == idx)
    }
}

/// The parts of the template a deck is made with.
#[derive(Debug, Clone)]
pub struct Template {
    /// Masters, layouts, themes, the notes master, their rels and pictures, by part name.
    pub parts: BTreeMap<String, Vec<u8>>,
    pub master: String,
    pub master_id: String,
    pub notes_master: String,
    pub theme: String,
    /// The slide size, EMU.
    pub width: i64,
    pub height: i64,
    pub layouts: BTreeMap<String, Layout>,
}

/// The folders of a template whose parts every deck carries.
const COPIED: [&str; 5] = [
    "ppt/slideMasters/",
    "ppt/slideLayouts/",
    "ppt/theme/",
    "ppt/notesMasters/",
    "ppt/media/",
];

impl Template {
    /// Reads `path`; `need` are the layouts the deck fills, which it must have.
    pub fn load(path: &Path, need: &[&str]) -> Result<Template> {
        let bytes =
            std::fs::read(path).map_err(|e| Error::io("read the deck template", path, e))?;
        let bad = |what: String| {
            Error::Config(format!(
                "the deck template {} {what}; restore it from recap's templates/ or save it again from PowerPoint.",
                path.display()
            ))
        };
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| bad(format!("is not a PowerPoint file ({e})")))?;
        let mut all = BTreeMap::new();
        for i in 0..zip.len() {
            let mut f = zip
                .by_index(i)
                .map_err(|e| bad(format!("cannot be read ({e})")))?;
            let name = f
                .name()
                .map_err(|e| bad(format!("has a part with a broken name ({e})")))?
                .to_string();
            let mut data = Vec::new();
            f.read_to_end(&mut data)
                .map_err(|e| bad(format!("has a part {name} that cannot be read ({e})")))?;
            all.insert(name, data);
        }
        let part = |name: &str| all.get(name).ok_or_else(|| bad(format!("has no {name}")));
        let pres = part("ppt/presentation.xml")?;
        let pres_rels = rels(part("ppt/_rels/presentation.xml.rels")?, "ppt/").map_err(|e| {
            bad(format!(
                "has a broken ppt/_rels/presentation.xml.rels ({e})"
            ))
        })?;
        let (master_rid, master_id, width, height) = presentation(pres)
            .map_err(|e| bad(format!("has a broken ppt/presentation.xml ({e})")))?;
        let master = pres_rels
            .iter()
            .find(|r| r.0 == master_rid)
            .map(|r| r.2.clone())
            .ok_or_else(|| bad("has no slide master".into()))?;
        let notes_master = pres_rels
            .iter()
            .find(|r| r.1.ends_with("/notesMaster"))
            .map(|r| r.2.clone())
            .ok_or_else(|| {
                bad("has no notes master (add a speaker note to a slide in PowerPoint, delete the slide, save)".into())
            })?;
        let theme = pres_rels
            .iter()
            .find(|r| r.1.ends_with("/theme"))
            .map(|r| r.2.clone())
            .ok_or_else(|| bad("has no theme".into()))?;
        let master_xml = part(&master)?;
        let master_phs = placeholders(master_xml)
            .map_err(|e| bad(format!("has a broken {master} ({e})")))?
            .1;
        let master_rels_name = rels_name(&master);
        let master_rels = rels(part(&master_rels_name)?, dir_of(&master))
            .map_err(|e| bad(format!("has a broken {master_rels_name} ({e})")))?;
        let mut layouts = BTreeMap::new();
        for (_, kind, target) in &master_rels {
            if !kind.ends_with("/slideLayout") {
                continue;
            }
            let (name, mut phs) = placeholders(part(target)?)
                .map_err(|e| bad(format!("has a broken {target} ({e})")))?;
            // A placeholder without its own position or size takes the master's.
            for p in &mut phs {
                let from = master_phs
                    .iter()
                    .find(|m| (m.is_title() && p.is_title()) || (!m.is_title() && !p.is_title()));
                if let Some(m) = from {
                    if p.cx == 0 || p.cy == 0 {
                        (p.x, p.y, p.cx, p.cy) = (m.x, m.y, m.cx, m.cy);
                    }
                    p.size = p.size.or(m.size);
                }
            }
            layouts.entry(name).or_insert(Layout {
                part: target.clone(),
                placeholders: phs,
            });
        }
        for n in need {
            if !layouts.contains_key(*n) {
                let have: Vec<&str> = layouts.keys().map(|k| k.as_str()).collect();
                return Err(bad(format!(
                    "has no layout named {n:?} (it has {}); the deck fills the layouts {}",
                    have.join(", "),
                    need.join(", ")
                )));
            }
        }
        let parts = all
            .into_iter()
            .filter(|(k, _)| COPIED.iter().any(|c| k.starts_with(c)))
            .collect();
        Ok(Template {
            parts,
            master,
            master_id,
            notes_master,
            theme,
            width,
            height,
            layouts,
        })
    }

    /// The copied parts, the themes in the brand's colours: `accent` (`#RRGGBB`) as
    /// `accent1`, `ink` as `dk2`.
    pub fn branded_parts(&self, accent: &str, ink: &str) -> Result<Vec<(String, Vec<u8>)>> {
        let mut out = Vec::with_capacity(self.parts.len());
        for (name, data) in &self.parts {
            if name.starts_with("ppt/theme/") && name.ends_with(".xml") {
                let branded = brand_theme(data, accent, ink).map_err(|e| {
                    Error::Template(format!(
                        "the deck template's {name} cannot be read ({e}); restore templates/review.pptx."
                    ))
                })?;
                out.push((name.clone(), branded));
            } else {
                out.push((name.clone(), data.clone()));
            }
        }
        Ok(out)
    }
}

/// `ppt/slides/slide1.xml` → `ppt/slides/_rels/slide1.xml.rels`.
pub fn rels_name(part: &str) -> String {
    let (dir, file) = part.rsplit_once('/').unwrap_or(("", part));
    format!("{dir}/_rels/{file}.rels")
}

fn dir_of(part: &str) -> &str {
    part.rsplit_once('/').map(|(d, _)| d).unwrap_or("")
}

/// `../slideLayouts/x.xml` relative to `ppt/slideMasters` → `ppt/slideLayouts/x.xml`.
fn resolve(base: &str, target: &str) -> String {
    if let Some(abs) = target.strip_prefix('/') {
        return abs.to_string();
    }
    let mut parts: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    for seg in target.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

type XmlResult<T> = std::result::Result<T, String>;

/// A rels part's relationships: (id, type, target resolved against `base`).
fn rels(xml: &[u8], base: &str) -> XmlResult<Vec<(String, String, String)>> {
    let mut r = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    loop {
        match r.read_event_into(&mut buf).map_err(|e| e.to_string())? {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"Relationship" => {
                let target = attr(&e, b"Target").unwrap_or_default();
                let external = attr(&e, b"TargetMode").is_some_and(|m| m == "External");
                out.push((
                    attr(&e, b"Id").unwrap_or_default(),
                    attr(&e, b"Type").unwrap_or_default(),
                    if external {
                        target
                    } else {
                        resolve(base.trim_end_matches('/'), &target)
                    },
                ));
            }
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// The first slide master's relationship id and id, and the slide size.
fn presentation(xml: &[u8]) -> XmlResult<(String, String, i64, i64)> {
    let mut r = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let (mut rid, mut id, mut w, mut h) = (None, None, 12192000, 6858000);
    loop {
        match r.read_event_into(&mut buf).map_err(|e| e.to_string())? {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"sldMasterId" if rid.is_none() => {
                    rid = attr(&e, b"r:id");
                    id = attr(&e, b"id");
                }
                b"sldSz" => {
                    w = attr(&e, b"cx").and_then(|v| v.parse().ok()).unwrap_or(w);
                    h = attr(&e, b"cy").and_then(|v| v.parse().ok()).unwrap_or(h);
                }
                _ => {}
            },
            _ => {}
        }
        buf.clear();
    }
    match (rid, id) {
        (Some(rid), Some(id)) => Ok((rid, id, w, h)),
        _ => Err("no slide master is listed".into()),
    }
}

/// A master's or layout's name (`p:cSld name`) and its placeholders.
fn placeholders(xml: &[u8]) -> XmlResult<(String, Vec<Placeholder>)> {
    let mut r = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut name = String::new();
    let mut out = Vec::new();
    let mut current: Option<Placeholder> = None;
    // Depth inside the current shape's `a:lstStyle` (only its first level's size counts).
    let mut in_list = false;
    let mut in_xfrm = false;
    loop {
        let ev = r.read_event_into(&mut buf).map_err(|e| e.to_string())?;
        let empty = matches!(ev, Event::Empty(_));
        match ev {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let local = e.local_name();
                match local.as_ref() {
                    b"cSld" => name = attr(&e, b"name").unwrap_or_default(),
                    b"sp" | b"graphicFrame" if !empty => {
                        current = Some(Placeholder {
                            kind: String::new(),
                            idx: 0,
                            x: 0,
                            y: 0,
                            cx: 0,
                            cy: 0,
                            size: None,
                        })
                    }
                    b"ph" => {
                        if let Some(p) = current.as_mut() {
                            p.kind = attr(&e, b"type").unwrap_or_else(|| "obj".into());
                            p.idx = attr(&e, b"idx").and_then(|v| v.parse().ok()).unwrap_or(0);
                        }
                    }
                    b"xfrm" if !empty => in_xfrm = true,
                    b"off" if in_xfrm => {
                        if let Some(p) = current.as_mut() {
                            p.x = attr(&e, b"x").and_then(|v| v.parse().ok()).unwrap_or(0);
                            p.y = attr(&e, b"y").and_then(|v| v.parse().ok()).unwrap_or(0);
                        }
                    }
                    b"ext" if in_xfrm => {
                        if let Some(p) = current.as_mut() {
                            p.cx = attr(&e, b"cx").and_then(|v| v.parse().ok()).unwrap_or(0);
                            p.cy = attr(&e, b"cy").and_then(|v| v.parse().ok()).unwrap_or(0);
                        }
                    }
                    b"lstStyle" if !empty => in_list = true,
                    b"defRPr" if in_list => {
                        if let Some(p) = current.as_mut()
                            && p.size.is_none()
                        {
                            p.size = attr(&e, b"sz")
                                .and_then(|v| v.parse::<f64>().ok())
                                .map(|v| v / 100.0);
                        }
                    }
                    _ => {}
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"xfrm" => in_xfrm = false,
                b"lstStyle" => in_list = false,
                b"sp" | b"graphicFrame" => {
                    if let Some(p) = current.take()
                        && !p.kind.is_empty()
                    {
                        out.push(p);
                    }
                }
                _ => {}
            },
            _ => {}
        }
        buf.clear();
    }
    // A master's text styles give the sizes its placeholders leave unsaid.
    let (title, body) = master_sizes(xml)?;
    for p in &mut out {
        if p.size.is_none() {
            p.size = if p.is_title() { title } else { body };
        }
    }
    Ok((name, out))
}

/// The first level's size of a master's `p:titleStyle` and `p:bodyStyle`.
fn master_sizes(xml: &[u8]) -> XmlResult<(Option<f64>, Option<f64>)> {
    let mut r = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let (mut title, mut body) = (None, None);
    let mut style: Option<bool> = None;
    loop {
        match r.read_event_into(&mut buf).map_err(|e| e.to_string())? {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"titleStyle" => style = Some(true),
                b"bodyStyle" => style = Some(false),
                b"defRPr" => {
                    let sz = attr(&e, b"sz")
                        .and_then(|v| v.parse::<f64>().ok())
                        .map(|v| v / 100.0);
                    match style {
                        Some(true) if title.is_none() => title = sz,
                        Some(false) if body.is_none() => body = sz,
                        _ => {}
                    }
                }
                _ => {}
            },
            Event::End(e) if matches!(e.local_name().as_ref(), b"titleStyle" | b"bodyStyle") => {
                style = None
            }
            _ => {}
        }
        buf.clear();
    }
    Ok((title, body))
}

/// A theme with `accent1` set to `accent` and `dk2` to `ink` (both `#RRGGBB`).
fn brand_theme(xml: &[u8], accent: &str, ink: &str) -> XmlResult<Vec<u8>> {
    let mut r = Reader::from_reader(xml);
    let mut w = Writer::new(Vec::with_capacity(xml.len()));
    let mut buf = Vec::new();
    let mut slot: Option<&str> = None;
    loop {
        let ev = r.read_event_into(&mut buf).map_err(|e| e.to_string())?;
        match &ev {
            Event::Eof => break,
            Event::Start(e) => match e.local_name().as_ref() {
                b"accent1" => slot = Some(accent),
                b"dk2" => slot = Some(ink),
                _ => {}
            },
            Event::End(e) if matches!(e.local_name().as_ref(), b"accent1" | b"dk2") => slot = None,
            _ => {}
        }
        let out = match (&ev, slot) {
            (Event::Empty(e) | Event::Start(e), Some(colour))
                if matches!(e.local_name().as_ref(), b"srgbClr" | b"sysClr") =>
            {
                let mut n = BytesStart::new("a:srgbClr");
                n.push_attribute(("val", colour.trim_start_matches('#')));
                if matches!(ev, Event::Empty(_)) {
                    Event::Empty(n)
                } else {
                    Event::Start(n)
                }
            }
            (Event::End(e), Some(_)) if matches!(e.local_name().as_ref(), b"sysClr") => {
                Event::End(quick_xml::events::BytesEnd::new("a:srgbClr"))
            }
            _ => ev,
        };
        w.write_event(out).map_err(|e| e.to_string())?;
        buf.clear();
    }
    Ok(w.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_template_has_every_layout_the_deck_fills() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("templates")
            .join(FILE);
        let t = Template::load(&path, &super::super::slides::LAYOUTS).unwrap();
        assert_eq!((t.width, t.height), (12192000, 6858000), "16:9");
        let chart = &t.layouts["Title and Chart"];
        assert!(chart.title().is_some());
        let area = chart.at(2).unwrap();
        assert_eq!(area.kind, "chart");
        assert!(area.cx > 0 && area.cy > 0);
        let number = t.layouts["Big Number"].at(1).unwrap();
        assert_eq!(number.size, Some(96.0));
        let body = t.layouts["Title and Content"].at(1).unwrap();
        assert!(body.size.unwrap() >= 18.0, "body text at least 18 pt");
    }

    #[test]
    fn the_brand_colour_replaces_the_themes_accent() {
        let xml = br#"<a:theme xmlns:a="x"><a:clrScheme><a:dk2><a:sysClr val="windowText" lastClr="000000"/></a:dk2><a:accent1><a:srgbClr val="2557D6"/></a:accent1><a:accent2><a:srgbClr val="111111"/></a:accent2></a:clrScheme></a:theme>"#;
        let out = String::from_utf8(brand_theme(xml, "#AA0000", "#330000").unwrap()).unwrap();
        assert!(
            out.contains(r#"<a:accent1><a:srgbClr val="AA0000"/></a:accent1>"#),
            "{out}"
        );
        assert!(
            out.contains(r#"<a:dk2><a:srgbClr val="330000"/></a:dk2>"#),
            "{out}"
        );
        assert!(out.contains(r#"<a:srgbClr val="111111"/>"#), "{out}");
    }

    #[test]
    fn relative_targets_resolve_against_their_folder() {
        assert_eq!(
            resolve("ppt/slideMasters", "../slideLayouts/slideLayout1.xml"),
            "ppt/slideLayouts/slideLayout1.xml"
        );
        assert_eq!(resolve("ppt", "slides/slide1.xml"), "ppt/slides/slide1.xml");
        assert_eq!(
            rels_name("ppt/slides/slide1.xml"),
            "ppt/slides/_rels/slide1.xml.rels"
        );
    }
}
