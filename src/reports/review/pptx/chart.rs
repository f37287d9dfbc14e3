//! A native PowerPoint chart: the DrawingML chart part (`c:chartSpace`, every value cached in
//! it so any reader draws it without Excel) and the embedded workbook of that chart's own data
//! (written by `rust_xlsxwriter`), so "Edit data" in PowerPoint opens the real numbers.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook};

use super::slides::{ChartKind, ChartSpec};
use super::xml::Xml;
use crate::error::{Error, Result};

const C: &str = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Excel's column letter of column `i` (0 = A).
fn column(i: usize) -> String {
    let mut n = i + 1;
    let mut s = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        s.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// A number as the chart part writes it (whole numbers without a fraction).
fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// The chart part's XML; `rid` is its relationship to the embedded workbook, `lang` the
/// language tag of its text.
pub fn chart_xml(spec: &ChartSpec, rid: &str, lang: &str) -> Result<Vec<u8>> {
    let n = spec.categories.len();
    let mut x = Xml::new();
    x.open(
        "c:chartSpace",
        &[("xmlns:c", C), ("xmlns:a", A), ("xmlns:r", R)],
    );
    x.empty("c:date1904", &[("val", "0")]);
    x.empty("c:lang", &[("val", lang)]);
    x.empty("c:roundedCorners", &[("val", "0")]);
    x.open("c:chart", &[]);
    x.empty("c:autoTitleDeleted", &[("val", "1")]);
    x.open("c:plotArea", &[]);
    x.empty("c:layout", &[]);
    match spec.kind {
        ChartKind::Line => {
            x.open("c:lineChart", &[]);
            x.empty("c:grouping", &[("val", "standard")]);
        }
        ChartKind::Bar => {
            x.open("c:barChart", &[]);
            x.empty("c:barDir", &[("val", "bar")]);
            x.empty("c:grouping", &[("val", "clustered")]);
        }
    }
    x.empty("c:varyColors", &[("val", "0")]);
    for (i, s) in spec.series.iter().enumerate() {
        let col = column(i + 1);
        let idx = i.to_string();
        x.open("c:ser", &[]);
        x.empty("c:idx", &[("val", &idx)]);
        x.empty("c:order", &[("val", &idx)]);
        x.open("c:tx", &[]).open("c:strRef", &[]);
        x.leaf("c:f", &format!("Sheet1!${col}$1"));
        x.open("c:strCache", &[]);
        x.empty("c:ptCount", &[("val", "1")]);
        x.open("c:pt", &[("idx", "0")]).leaf("c:v", &s.name).close();
        x.close().close().close();
        x.open("c:spPr", &[]);
        let fill = |x: &mut Xml| {
            x.open("a:solidFill", &[])
                .empty("a:schemeClr", &[("val", s.color)])
                .close();
        };
        match spec.kind {
            ChartKind::Line => {
                x.open("a:ln", &[("w", "38100"), ("cap", "rnd")]);
                fill(&mut x);
                x.close();
            }
            ChartKind::Bar => fill(&mut x),
        }
        x.close();
        match spec.kind {
            ChartKind::Line => {
                x.open("c:marker", &[]);
                x.empty("c:symbol", &[("val", "circle")]);
                x.empty("c:size", &[("val", "7")]);
                x.open("c:spPr", &[]);
                fill(&mut x);
                x.close().close();
            }
            ChartKind::Bar => {
                x.empty("c:invertIfNegative", &[("val", "0")]);
                // The bars carry their numbers: a reader should not have to read an axis.
                x.open("c:dLbls", &[]);
                x.empty("c:showLegendKey", &[("val", "0")]);
                x.empty("c:showVal", &[("val", "1")]);
                x.empty("c:showCatName", &[("val", "0")]);
                x.empty("c:showSerName", &[("val", "0")]);
                x.empty("c:showPercent", &[("val", "0")]);
                x.empty("c:showBubbleSize", &[("val", "0")]);
                x.close();
            }
        }
        x.open("c:cat", &[]).open("c:strRef", &[]);
        x.leaf("c:f", &format!("Sheet1!$A$2:$A${}", n + 1));
        x.open("c:strCache", &[]);
        x.empty("c:ptCount", &[("val", &n.to_string())]);
        for (j, c) in spec.categories.iter().enumerate() {
            x.open("c:pt", &[("idx", &j.to_string())])
                .leaf("c:v", c)
                .close();
        }
        x.close().close().close();
        x.open("c:val", &[]).open("c:numRef", &[]);
        x.leaf("c:f", &format!("Sheet1!${col}$2:${col}${}", n + 1));
        x.open("c:numCache", &[]);
        x.leaf("c:formatCode", "General");
        x.empty("c:ptCount", &[("val", &n.to_string())]);
        // A month without data has no point: a gap in the line, never a zero.
        for (j, v) in s.values.iter().enumerate() {
            if let Some(v) = v {
                x.open("c:pt", &[("idx", &j.to_string())])
                    .leaf("c:v", &num(*v))
                    .close();
            }
        }
        x.close().close().close();
        if spec.kind == ChartKind::Line {
            x.empty("c:smooth", &[("val", "0")]);
        }
        x.close();
    }
    match spec.kind {
        ChartKind::Line => {
            x.empty("c:marker", &[("val", "1")]);
        }
        ChartKind::Bar => {
            x.empty("c:gapWidth", &[("val", "60")]);
        }
    }
    x.empty("c:axId", &[("val", "1001")]);
    x.empty("c:axId", &[("val", "1002")]);
    x.close();
    // The category axis: months along the bottom, or features down the left (the first on top).
    let bar = spec.kind == ChartKind::Bar;
    x.open("c:catAx", &[]);
    x.empty("c:axId", &[("val", "1001")]);
    x.open("c:scaling", &[]);
    x.empty(
        "c:orientation",
        &[("val", if bar { "maxMin" } else { "minMax" })],
    );
    x.close();
    x.empty("c:delete", &[("val", "0")]);
    x.empty("c:axPos", &[("val", if bar { "l" } else { "b" })]);
    x.empty(
        "c:numFmt",
        &[("formatCode", "General"), ("sourceLinked", "0")],
    );
    x.empty("c:majorTickMark", &[("val", "none")]);
    x.empty("c:minorTickMark", &[("val", "none")]);
    x.empty("c:tickLblPos", &[("val", "nextTo")]);
    x.empty("c:crossAx", &[("val", "1002")]);
    x.empty("c:crosses", &[("val", "autoZero")]);
    x.empty("c:auto", &[("val", "1")]);
    x.empty("c:lblAlgn", &[("val", "ctr")]);
    x.empty("c:lblOffset", &[("val", "100")]);
    x.empty("c:noMultiLvlLbl", &[("val", "0")]);
    x.close();
    x.open("c:valAx", &[]);
    x.empty("c:axId", &[("val", "1002")]);
    x.open("c:scaling", &[]);
    x.empty("c:orientation", &[("val", "minMax")]);
    // Counts start at 0; a score that can go below it (NPS) keeps the reader's own range.
    let negative = spec
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .any(|v| *v < 0.0);
    if !negative {
        x.empty("c:min", &[("val", "0")]);
    }
    x.close();
    x.empty("c:delete", &[("val", if bar { "1" } else { "0" })]);
    x.empty("c:axPos", &[("val", if bar { "t" } else { "l" })]);
    if !bar {
        x.open("c:majorGridlines", &[]).open("c:spPr", &[]);
        x.open("a:ln", &[("w", "6350")])
            .open("a:solidFill", &[])
            .empty("a:srgbClr", &[("val", "D9DDE3")])
            .close()
            .close();
        x.close().close();
    }
    x.empty(
        "c:numFmt",
        &[("formatCode", "General"), ("sourceLinked", "1")],
    );
    x.empty("c:majorTickMark", &[("val", "none")]);
    x.empty("c:minorTickMark", &[("val", "none")]);
    x.empty("c:tickLblPos", &[("val", "nextTo")]);
    x.empty("c:crossAx", &[("val", "1001")]);
    x.empty(
        "c:crosses",
        &[("val", if bar { "max" } else { "autoZero" })],
    );
    x.empty("c:crossBetween", &[("val", "between")]);
    x.close();
    x.close(); // plotArea
    if spec.series.len() > 1 {
        x.open("c:legend", &[]);
        x.empty("c:legendPos", &[("val", "b")]);
        x.empty("c:overlay", &[("val", "0")]);
        x.close();
    }
    x.empty("c:plotVisOnly", &[("val", "1")]);
    x.empty("c:dispBlanksAs", &[("val", "gap")]);
    x.close(); // chart
    // Chart text at 16 pt, in the theme's body font.
    x.open("c:txPr", &[]);
    x.empty("a:bodyPr", &[]);
    x.empty("a:lstStyle", &[]);
    x.open("a:p", &[]).open("a:pPr", &[]);
    x.open("a:defRPr", &[("sz", "1600")])
        .open("a:solidFill", &[])
        .empty("a:schemeClr", &[("val", "tx1")])
        .close()
        .close();
    x.close();
    x.empty("a:endParaRPr", &[("lang", lang)]);
    x.close().close();
    x.open("c:externalData", &[("r:id", rid)]);
    x.empty("c:autoUpdate", &[("val", "0")]);
    x.close();
    x.close();
    x.finish()
}

/// The chart's data as an Excel workbook: categories in column A, one column a series, each
/// series' name in row 1. The same data gives the same bytes (a fixed creation date).
pub fn workbook(spec: &ChartSpec) -> Result<Vec<u8>> {
    let err = |e: rust_xlsxwriter::XlsxError| {
        Error::Template(format!("could not write a chart's workbook: {e}"))
    };
    let mut wb = Workbook::new();
    let created = ExcelDateTime::from_ymd(2026, 1, 1).map_err(err)?;
    wb.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let ws = wb.add_worksheet();
    ws.set_name("Sheet1").map_err(err)?;
    for (i, c) in spec.categories.iter().enumerate() {
        ws.write_string(i as u32 + 1, 0, c).map_err(err)?;
    }
    for (j, s) in spec.series.iter().enumerate() {
        let col = j as u16 + 1;
        ws.write_string(0, col, &s.name).map_err(err)?;
        for (i, v) in s.values.iter().enumerate() {
            if let Some(v) = v {
                ws.write_number(i as u32 + 1, col, *v).map_err(err)?;
            }
        }
    }
    wb.save_to_buffer().map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::review::pptx::slides::Series;

    #[test]
    fn columns_are_spelled_as_excel_does() {
        assert_eq!(column(0), "A");
        assert_eq!(column(1), "B");
        assert_eq!(column(26), "AA");
    }

    #[test]
    fn a_month_without_data_is_a_gap_and_the_workbook_repeats_byte_for_byte() {
        let spec = ChartSpec {
            kind: ChartKind::Line,
            categories: vec!["Jul".into(), "Aug".into(), "<Sep & co>".into()],
            series: vec![Series {
                name: "Active users".into(),
                values: vec![Some(3.0), None, Some(5.5)],
                color: "accent1",
            }],
        };
        let xml = String::from_utf8(chart_xml(&spec, "rId1", "en").unwrap()).unwrap();
        assert!(
            xml.contains(r#"<c:pt idx="0"><c:v>3</c:v></c:pt><c:pt idx="2"><c:v>5.5</c:v></c:pt>"#),
            "{xml}"
        );
        assert!(xml.contains("&lt;Sep &amp; co&gt;"), "escaped: {xml}");
        assert!(xml.contains("Sheet1!$B$2:$B$4"));
        let a = workbook(&spec).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(1100));
        assert_eq!(a, workbook(&spec).unwrap(), "same data, same bytes");
    }
}
