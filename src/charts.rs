//! Charts drawn with plotters as SVG, shared by the PDF and the HTML. (Being written.)
