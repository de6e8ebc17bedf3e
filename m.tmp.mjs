import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
await page.goto('http://localhost:4183/robots.txt');
await page.evaluate(([k, v]) => localStorage.setItem(k, v), JSON.parse(readFileSync('/tmp/rshots/seed.json', 'utf8')));
await page.goto('http://localhost:4183/resultat/');
await page.waitForSelector('[data-testid="radar"] canvas[data-ready="true"]');
console.log(await page.evaluate(() => {
  const out = {};
  for (const sel of ['header', 'h1', '.hero', '.chart-and-table', '[data-testid=radar]', '[data-testid=score-table]', '.review', '.review li', '.code-block', '[data-testid=next-steps]', '.links', 'footer']) {
    const el = document.querySelector(sel); if (el) out[sel] = Math.round(el.getBoundingClientRect().height);
  }
  out.total = document.documentElement.scrollHeight;
  return out;
}));
await browser.close();
