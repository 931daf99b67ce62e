/**
 * Stands in for jsPDF's optional html2canvas, DOMPurify and canvg (wxt.config.ts swaps it in at build
 * time). Jobraker lays PDFs out from text lines (shared/materials/export/pdf.ts) and never calls
 * jsPDF's `html()` or SVG import, which are the only users; bundled, they add ~800 KB to the
 * background, where autofill builds the chosen resume's PDF.
 */
const unavailable = null;
export default unavailable;
