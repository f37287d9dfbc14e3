// Drives `recap preview` in headless Chromium as its user would, with no reload by the script:
// the review shown; a message edited (the page shows the new sentence by itself); the Typst
// template broken (the error with file and line) and fixed (the review back); German; Wrapped
// and its email at 600 and 400 px; the account search; axe-core (WCAG 2.0/2.1 A and AA) on the page. Prints one JSON object; exits 1 on a failure.
//
//   NODE_PATH=DIR/node_modules node tests/tools/preview.js URL TEMPLATES
//
// DIR holds `puppeteer-core` and `axe-core` (tests/it/common/checkers.rs installs them);
// Chromium is /usr/bin/chromium unless RECAP_CHROMIUM says otherwise.
const puppeteer = require('puppeteer-core');
const fs = require('fs');
const path = require('path');

(async () => {
  const [url, templates] = process.argv.slice(2);
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await puppeteer.launch({
    executablePath: process.env.RECAP_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const report = {};
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await page.goto(url, { waitUntil: 'load' });
    // The HTML frame holds `text` and every image has loaded.
    const shown = (text) =>
      page.waitForFunction(
        (t) => {
          const f = document.getElementById('frame');
          const imgs = [...document.querySelectorAll('#pages img')];
          return (
            document.getElementById('error').hidden &&
            f.contentDocument && f.contentDocument.body &&
            f.contentDocument.body.innerText.includes(t) &&
            imgs.length > 0 && imgs.every((i) => i.complete && i.naturalWidth > 0)
          );
        },
        { timeout: 30000, polling: 20 },
        text,
      );
    await page.select('#lang', 'en');
    await shown('Prepared by');
    report.review = true;

    const ftl = path.join(templates, 'locales/en/review.ftl');
    const words = fs.readFileSync(ftl, 'utf8');
    fs.writeFileSync(ftl, words.split('Prepared by').join('Put together by'));
    await shown('Put together by');
    report.message_followed = true;

    const typ = path.join(templates, 'review.typ');
    const good = fs.readFileSync(typ, 'utf8');
    const broken = good + '\n#let broken = (\n';
    fs.writeFileSync(typ, broken);
    const line = broken.split('\n').findIndex((l) => l.startsWith('#let broken')) + 1;
    await page.waitForFunction(() => !document.getElementById('error').hidden, { timeout: 30000 });
    report.error = await page.evaluate(() => document.getElementById('error').textContent);
    if (!report.error.includes('review.typ:' + line + ':')) throw new Error('no file and line in ' + report.error);
    fs.writeFileSync(typ, good);
    await shown('Put together by');
    report.recovered = true;

    await page.select('#lang', 'de');
    await shown('Erstellt von');
    report.german = true;

    await page.select('#kind', 'wrapped');
    await page.waitForFunction(
      () => [...document.querySelectorAll('#pages img')].some((i) => i.src.endsWith('/share.png') && i.complete && i.naturalWidth > 0),
      { timeout: 60000 },
    );
    report.wrapped = true;

    // The email at 600 and 400 px, as a desktop and a phone show it; it fits the phone.
    await page.waitForFunction(
      () => ['email-wide', 'email-narrow'].every((id) => {
        const d = document.getElementById(id).contentDocument;
        return d && d.body && d.body.innerText.trim().length > 0;
      }),
      { timeout: 30000 },
    );
    report.email = await page.evaluate(() => {
      const narrow = document.getElementById('email-narrow');
      return {
        widths: ['email-wide', 'email-narrow'].map((id) => document.getElementById(id).clientWidth),
        narrow_scroll_width: narrow.contentDocument.documentElement.scrollWidth,
        roles: [...document.querySelectorAll('#role option')].map((o) => o.value),
      };
    });

    // The account search offers what matches what is typed.
    await page.evaluate(() => { document.getElementById('account').value = ''; });
    await page.type('#account', 'acc-0000');
    await page.waitForFunction(() => document.querySelectorAll('#accounts option').length > 0, { timeout: 10000 });
    report.search = await page.evaluate(() => [...document.querySelectorAll('#accounts option')].map((o) => o.value));

    await page.evaluate(axeSource);
    const result = await page.evaluate(() =>
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
    );
    report.violations = result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html.slice(0, 200)) }));
    console.log(JSON.stringify(report));
  } catch (e) {
    report.failure = String(e);
    console.log(JSON.stringify(report));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
})();
