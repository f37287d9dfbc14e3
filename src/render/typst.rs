//! PDF typesetting with the Typst compiler embedded as a library.
//!
//! A [`Typesetter`] holds what every document shares (fonts, the standard library, the
//! parsed templates) and is built once per run. Each document gets a small [`DocWorld`]
//! holding only its data: `/data.json` and chart files under fixed virtual paths. The same
//! paths are reused for every document because Typst interns file ids for the whole process
//! (at most 65,535), so per-account paths would end a large batch.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Label, Repr, Selector, Smart, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::{LazyHash, PicoStr};
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

use crate::error::{Error, Result};

/// The virtual path of a document's data. Templates read it with `json("/data.json")`.
pub const DATA_PATH: &str = "/data.json";

/// Everything documents share; cheap to use from many threads at once.
pub struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    /// Every `.typ` file of the template folder, by virtual path.
    sources: HashMap<FileId, Source>,
    /// Other files of the template folder (images, shared data) and brand files, by virtual path.
    shared_files: HashMap<FileId, Bytes>,
    templates_dir: PathBuf,
}

/// Interns a virtual path. Only a fixed set of paths is ever used (see the module doc).
pub fn file_id(path: &str) -> Result<FileId> {
    let vpath = VirtualPath::new(path)
        .map_err(|e| Error::Template(format!("{path:?} is not a valid template path: {e:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl Typesetter {
    /// Loads the fonts of `fonts_dir` and every file of `templates_dir`.
    pub fn new(templates_dir: &Path, fonts_dir: &Path) -> Result<Typesetter> {
        let (book, fonts) = load_fonts(fonts_dir)?;
        let mut sources = HashMap::new();
        let mut shared_files = HashMap::new();
        for path in walk(templates_dir)? {
            let rel = path.strip_prefix(templates_dir).unwrap_or(&path);
            let vpath = format!("/{}", rel.to_string_lossy().replace('\\', "/"));
            let bytes =
                std::fs::read(&path).map_err(|e| Error::io("read the template", &path, e))?;
            let id = file_id(&vpath)?;
            if path.extension().is_some_and(|e| e == "typ") {
                let text = String::from_utf8(bytes).map_err(|_| {
                    Error::Template(format!("template {} is not UTF-8 text.", path.display()))
                })?;
                sources.insert(id, Source::new(id, text));
            } else {
                shared_files.insert(id, Bytes::new(bytes));
            }
        }
        Ok(Typesetter {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(book),
            fonts,
            sources,
            shared_files,
            templates_dir: templates_dir.to_path_buf(),
        })
    }

    /// Makes `bytes` readable by every document at `vpath` (a brand logo, say).
    pub fn add_shared_file(&mut self, vpath: &str, bytes: Vec<u8>) -> Result<()> {
        self.shared_files.insert(file_id(vpath)?, Bytes::new(bytes));
        Ok(())
    }

    /// Whether the template folder has `name` (for example `review.typ`).
    pub fn has_template(&self, name: &str) -> bool {
        file_id(&format!("/{name}")).is_ok_and(|id| self.sources.contains_key(&id))
    }

    /// Typesets `template` with `data_json` at [`DATA_PATH`] and `files` at their virtual
    /// paths, and returns the PDF. Errors name the template, line and column.
    pub fn pdf(
        &self,
        template: &str,
        data_json: &[u8],
        files: &[(String, Vec<u8>)],
    ) -> Result<Vec<u8>> {
        let document = self.compile(template, data_json, files)?;
        self.export(template, &document)
    }

    /// Rasterises page `index` of compiled pages at `pixel_per_pt`: a page of 1200 × 630 pt
    /// at 1.0 is a 1200 × 630 pixel image. [`encode_png`] writes it.
    pub fn raster(
        &self,
        document: &PagedDocument,
        index: usize,
        pixel_per_pt: f32,
    ) -> Result<tiny_skia::Pixmap> {
        let page = document
            .pages()
            .get(index)
            .ok_or_else(|| Error::Template(format!("the document has no page {}", index + 1)))?;
        let options = typst_render::RenderOptions {
            pixel_per_pt: typst::utils::Scalar::new(pixel_per_pt as f64),
            render_bleed: false,
        };
        Ok(typst_render::render(page, &options))
    }

    /// [`Typesetter::raster`] and [`encode_png`] in one.
    pub fn png(
        &self,
        document: &PagedDocument,
        index: usize,
        pixel_per_pt: f32,
    ) -> Result<Vec<u8>> {
        encode_png(&self.raster(document, index, pixel_per_pt)?)
    }

    /// Writes compiled pages as PDF bytes.
    pub fn export(&self, template: &str, document: &PagedDocument) -> Result<Vec<u8>> {
        let options = typst_pdf::PdfOptions {
            // No timestamp and a fixed creator: the same input gives the same bytes.
            ident: Smart::Auto,
            creator: Smart::Custom(Some("recap".into())),
            timestamp: None,
            ..Default::default()
        };
        typst_pdf::pdf(document, &options)
            .map_err(|diags| self.template_error(template, None, &diags))
    }

    /// Compiles `template` into pages (without exporting them).
    pub fn compile(
        &self,
        template: &str,
        data_json: &[u8],
        files: &[(String, Vec<u8>)],
    ) -> Result<PagedDocument> {
        let main = file_id(&format!("/{template}"))?;
        if !self.sources.contains_key(&main) {
            return Err(Error::Template(format!(
                "there is no template {template} in {}; copy the default templates there or use --templates.",
                self.templates_dir.display()
            )));
        }
        let mut doc_files = HashMap::with_capacity(files.len() + 1);
        doc_files.insert(file_id(DATA_PATH)?, Bytes::new(data_json.to_vec()));
        for (path, bytes) in files {
            doc_files.insert(file_id(path)?, Bytes::new(bytes.clone()));
        }
        let world = DocWorld {
            shared: self,
            main,
            files: doc_files,
        };
        let warned = typst::compile::<PagedDocument>(&world);
        warned
            .output
            .map_err(|diags| self.template_error(template, Some(&world), &diags))
    }

    /// One readable sentence for the first error: file, line, column, message, hints.
    fn template_error(
        &self,
        template: &str,
        world: Option<&DocWorld>,
        diags: &[SourceDiagnostic],
    ) -> Error {
        let Some(d) = diags
            .iter()
            .find(|d| d.severity == Severity::Error)
            .or(diags.first())
        else {
            return Error::Template(format!("template {template} failed without a message"));
        };
        let mut place = format!("{}", self.templates_dir.join(template).display());
        if let Some(world) = world
            && let Some(id) = d.span.id()
            && let Some(range) = world.range(d.span)
            && let Ok(source) = world.source(id)
            && let Some((line, col)) = source.lines().byte_to_line_column(range.start)
        {
            let file = id.vpath().get_without_slash().to_string();
            place = format!(
                "{}:{}:{}",
                self.templates_dir.join(file).display(),
                line + 1,
                col + 1
            );
        }
        let mut msg = format!("template error at {place}: {}", d.message);
        for hint in &d.hints {
            msg.push_str(&format!(" (hint: {})", hint.v));
        }
        Error::Template(msg)
    }
}

/// The label of the notes a template leaves where a fixed box's content is taller than the box
/// (`fixed` in `wrapped-common.typ`).
const OVERFLOW_LABEL: &str = "recap-overflow";

/// What the template said does not fit in `document`, one sentence a box ("card 3 (peak):
/// 41 pt taller than its box"): the caller warns, naming the account.
pub fn overflows(document: &PagedDocument) -> Vec<String> {
    let Some(label) = Label::new(PicoStr::intern(OVERFLOW_LABEL)) else {
        return Vec::new();
    };
    document
        .introspector()
        .query(&Selector::Label(label))
        .iter()
        .filter_map(|c| c.to_packed::<MetadataElem>())
        .map(|m| match &m.value {
            Value::Str(s) => s.to_string(),
            other => other.repr().to_string(),
        })
        .collect()
}

/// Drops Typst's memoized results. Typst's cache is process-wide and grows with every
/// distinct document; a batch calls this on a schedule (see `batch`).
pub fn evict_cache() {
    comemo::evict(0);
}

/// The world of one document: shared fonts and templates, plus this document's files.
struct DocWorld<'a> {
    shared: &'a Typesetter,
    main: FileId,
    files: HashMap<FileId, Bytes>,
}

impl World for DocWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if let Some(s) = self.shared.sources.get(&id) {
            return Ok(s.clone());
        }
        let bytes = self.file(id)?;
        let text = std::str::from_utf8(&bytes).map_err(|_| FileError::InvalidUtf8)?;
        Ok(Source::new(id, text.to_string()))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(b) = self
            .files
            .get(&id)
            .or_else(|| self.shared.shared_files.get(&id))
        {
            return Ok(b.clone());
        }
        if let Some(s) = self.shared.sources.get(&id) {
            return Ok(Bytes::from_string(s.clone()));
        }
        Err(FileError::NotFound(PathBuf::from(
            id.vpath().get_without_slash(),
        )))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }

    /// Documents never read the clock: the same data gives the same bytes.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn walk(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let entries =
        std::fs::read_dir(dir).map_err(|e| Error::io("read the template folder", dir, e))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            out.extend(walk(&p)?);
        } else {
            out.push(p);
        }
    }
    Ok(out)
}

/// Every `.otf`/`.ttf`/`.ttc` font in `dir`, in file-name order (so font indices are stable).
fn load_fonts(dir: &Path) -> Result<(FontBook, Vec<Font>)> {
    static CACHE: OnceLock<std::sync::Mutex<HashMap<PathBuf, Vec<Font>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let key = dir.to_path_buf();
    let cached = cache.lock().ok().and_then(|c| c.get(&key).cloned());
    let fonts = match cached {
        Some(f) => f,
        None => {
            let mut fonts = Vec::new();
            for path in walk(dir)? {
                let ext = path
                    .extension()
                    .and_then(|e| e.to_str())
                    .unwrap_or("")
                    .to_lowercase();
                if !matches!(ext.as_str(), "otf" | "ttf" | "ttc" | "otc") {
                    continue;
                }
                let bytes =
                    std::fs::read(&path).map_err(|e| Error::io("read the font", &path, e))?;
                fonts.extend(Font::iter(Bytes::new(bytes)));
            }
            if fonts.is_empty() {
                return Err(Error::Config(format!(
                    "no fonts (.otf or .ttf) in {}; recap embeds the fonts of that folder in every PDF.",
                    dir.display()
                )));
            }
            if let Ok(mut c) = cache.lock() {
                c.insert(key, fonts.clone());
            }
            fonts
        }
    };
    let mut book = FontBook::new();
    for f in &fonts {
        book.push(f.info().clone());
    }
    Ok((book, fonts))
}

/// Writes a rasterised page as PNG with fast compression (a share image: ~2× the bytes of the
/// best compression, a fraction of the time). A page with a fill (every Wrapped image) is
/// opaque, and its pixels go to the encoder as they are; transparent parts of a page without
/// one are laid on white first (tiny-skia's pixels are premultiplied).
pub fn encode_png(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>> {
    let data = pixmap.data();
    let opaque = data.chunks_exact(4).all(|px| px[3] == 255);
    let on_white: Vec<u8>;
    let pixels = if opaque {
        data
    } else {
        // Over white, each premultiplied channel is c + (255 − alpha).
        on_white = data
            .chunks_exact(4)
            .flat_map(|px| {
                let white = 255 - px[3];
                [px[0] + white, px[1] + white, px[2] + white, 255]
            })
            .collect();
        &on_white
    };
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder
        .write_header()
        .map_err(|e| Error::Template(format!("could not write a PNG: {e}")))?;
    writer
        .write_image_data(pixels)
        .and_then(|()| writer.finish())
        .map_err(|e| Error::Template(format!("could not write a PNG: {e}")))?;
    Ok(out)
}
