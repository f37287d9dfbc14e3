//! HTML documents from Tera templates. Autoescaping is on for every HTML and MJML template, so
//! data from the database is always text, never markup; plain-text templates (`*.txt.tera`)
//! are not escaped.

use std::path::Path;

use crate::error::{Error, Result};

/// The HTML templates of one template folder.
pub struct Html {
    tera: tera::Tera,
}

impl Html {
    /// Loads every `*.tera` file of `templates_dir`.
    pub fn new(templates_dir: &Path) -> Result<Html> {
        let mut tera = tera::Tera::default();
        let mut files = Vec::new();
        let entries = std::fs::read_dir(templates_dir)
            .map_err(|e| Error::io("read the template folder", templates_dir, e))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "tera")
                && let Some(name) = path.file_name().and_then(|n| n.to_str())
            {
                files.push((path.clone(), Some(name.to_string())));
            }
        }
        files.sort();
        tera.add_template_files(files)
            .map_err(|e| tera_error(templates_dir, &e))?;
        // Tera escapes only `.html` names by default; ours end in `.tera`. Plain-text
        // templates (`.txt.tera`, an email's text part) are not HTML and are not escaped.
        tera.autoescape_on(vec![".html.tera", ".mjml.tera", ".html"]);
        tera.set_escape_fn(escape);
        Ok(Html { tera })
    }

    /// Renders `template` (a file name such as `review.html.tera`).
    pub fn render(&self, template: &str, context: &tera::Context) -> Result<String> {
        self.tera
            .render(template, context)
            .map_err(|e| tera_error(Path::new(template), &e))
    }
}

/// HTML escaping for text and double-quoted attributes. Unlike Tera's default it leaves `/`
/// alone: a URL stays readable (and checkable) in the HTML, and `/` is not special there.
fn escape(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + input.len() / 8);
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Tera's error and its causes in one line ("… at line 12 …" comes from Tera's parser).
fn tera_error(place: &Path, e: &tera::Error) -> Error {
    let mut msg = format!("HTML template error in {}: {e}", place.display());
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(&format!(": {s}"));
        source = s.source();
    }
    Error::Template(msg.replace('\n', " "))
}
