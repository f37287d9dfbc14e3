// Runs axe-core (WCAG 2.0/2.1 A and AA rules) on HTML files in headless Chromium and prints
// one JSON object per file: {"file": …, "violations": [{"id", "impact", "nodes": [html…]}]}.
//
//   NODE_PATH=DIR/node_modules node tests/tools/axe.js FILE.html… [--width 400]
//
// DIR holds `puppeteer-core` and `axe-core` (tests/it/common/checkers.rs installs them);
// Chromium is /usr/bin/chromium unless RECAP_CHROMIUM says otherwise.
const puppeteer = require('puppeteer-core');
const fs = require('fs');
const path = require('path');

(async () => {
  const args = process.argv.slice(2);
  let width = 1200;
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--width') width = parseInt(args[++i], 10);
    else files.push(args[i]);
  }
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await puppeteer.launch({
    executablePath: process.env.RECAP_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const file of files) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      // Images point at a CDN the test does not reach: answer every request but the file's.
      await page.setRequestInterception(true);
      page.on('request', (r) => (r.url().startsWith('file:') ? r.continue() : r.abort()));
      await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });
      await page.evaluate(axeSource);
      const result = await page.evaluate(() =>
        axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }),
      );
      const violations = result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.html.slice(0, 200)),
      }));
      console.log(JSON.stringify({ file, violations }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(2);
});
