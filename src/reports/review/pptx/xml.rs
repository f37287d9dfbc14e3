//! A small XML writer over `quick-xml` for the deck's parts: elements opened and closed in
//! order, text and attribute values always escaped (a customer named `<script>` or `A & B` is
//! text, never markup), and the characters XML 1.0 cannot hold at all (control characters)
//! left out, so a hostile name cannot make a part unreadable.

use std::borrow::Cow;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::error::{Error, Result};

pub struct Xml {
    w: Writer<Vec<u8>>,
    open: Vec<String>,
    error: Option<String>,
}

/// `s` without the characters XML 1.0 forbids (C0 controls but tab, newline and carriage
/// return; U+FFFE and U+FFFF).
pub fn clean(s: &str) -> Cow<'_, str> {
    let bad = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
    };
    if s.chars().any(bad) {
        Cow::Owned(s.chars().filter(|c| !bad(*c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

impl Default for Xml {
    fn default() -> Self {
        Self::new()
    }
}

impl Xml {
    /// A part, starting with its XML declaration.
    pub fn new() -> Xml {
        let mut x = Xml {
            w: Writer::new(Vec::with_capacity(4096)),
            open: Vec::new(),
            error: None,
        };
        x.event(Event::Decl(BytesDecl::new(
            "1.0",
            Some("UTF-8"),
            Some("yes"),
        )));
        x.w.get_mut().push(b'\n');
        x
    }

    fn event(&mut self, e: Event<'_>) {
        if self.error.is_none()
            && let Err(err) = self.w.write_event(e)
        {
            self.error = Some(err.to_string());
        }
    }

    fn start<'a>(name: &'a str, attrs: &[(&str, &str)]) -> BytesStart<'a> {
        let mut e = BytesStart::new(name);
        for (k, v) in attrs {
            e.push_attribute((*k, clean(v).as_ref()));
        }
        e
    }

    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> &mut Xml {
        let e = Self::start(name, attrs);
        self.event(Event::Start(e));
        self.open.push(name.to_string());
        self
    }

    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> &mut Xml {
        let e = Self::start(name, attrs);
        self.event(Event::Empty(e));
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Xml {
        let t = clean(text);
        self.event(Event::Text(BytesText::new(&t)));
        self
    }

    /// `<name>text</name>`.
    pub fn leaf(&mut self, name: &str, text: &str) -> &mut Xml {
        self.open(name, &[]).text(text).close()
    }

    /// Closes the element opened last.
    pub fn close(&mut self) -> &mut Xml {
        match self.open.pop() {
            Some(name) => self.event(Event::End(BytesEnd::new(name))),
            None => {
                self.error
                    .get_or_insert_with(|| "an element closed twice".into());
            }
        }
        self
    }

    /// The part's bytes.
    pub fn finish(mut self) -> Result<Vec<u8>> {
        while !self.open.is_empty() {
            self.close();
        }
        match self.error {
            Some(e) => Err(Error::Template(format!(
                "could not write a part of the deck: {e}"
            ))),
            None => Ok(self.w.into_inner()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped_and_control_characters_dropped() {
        let mut x = Xml::new();
        x.open("a:p", &[("name", "\"A\" & <B>")])
            .leaf("a:t", "<script>alert(1)</script> & #exit()\u{0}\u{1b}")
            .close();
        let s = String::from_utf8(x.finish().unwrap()).unwrap();
        assert!(
            s.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; #exit()</a:t>"),
            "{s}"
        );
        assert!(s.contains(r#"name="&quot;A&quot; &amp; &lt;B&gt;""#), "{s}");
        assert!(!s.contains('\u{0}') && !s.contains('\u{1b}'));
    }
}
