// Draws every page of a PDF with pdf.js (pdfjs-dist, as Firefox and many web viewers do) to grayscale PGM
// files, for the four-reader comparison (FourReadersTests). Usage:
//   node pdfjs-draw.mjs <modules-dir> <file.pdf> <out-prefix> <dpi>
// <modules-dir> is the node_modules folder .ci/setup installs pdfjs-dist into (outside git). The canvas is
// the @napi-rs/canvas that pdfjs-dist itself depends on, resolved from pdfjs-dist's package.json so that
// both agree on one copy (another copy's canvas cannot fill the paths pdf.js hands it).
// Writes <out-prefix>-<n>.pgm per page (1-based) and prints the page count.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modules, pdfPath, prefix, dpiText] = process.argv.slice(2);
const dpi = Number(dpiText);
const pdfjsPackage = join(modules, "pdfjs-dist", "package.json");
const fromPdfjs = createRequire(pdfjsPackage);
const { createCanvas } = fromPdfjs("@napi-rs/canvas");
const pdfjs = await import(pathToFileURL(join(modules, "pdfjs-dist", "legacy", "build", "pdf.mjs")).href);

const data = new Uint8Array(readFileSync(pdfPath));
const document = await pdfjs.getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
for (let n = 1; n <= document.numPages; n++) {
  const page = await document.getPage(n);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  await page.render({ canvasContext: context, canvas, viewport }).promise;
  const rgba = context.getImageData(0, 0, width, height).data;
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, "ascii");
  const gray = Buffer.alloc(width * height);
  for (let i = 0; i < gray.length; i++) {
    // Rec. 601 luma, as the other readers' gray devices use.
    gray[i] = Math.round(0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2]);
  }
  writeFileSync(`${prefix}-${n}.pgm`, Buffer.concat([header, gray]));
  page.cleanup();
}
console.log(document.numPages);
await document.destroy();
