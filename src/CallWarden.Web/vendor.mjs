// Copies the front-end libraries the pages use from node_modules into assets/vendor, with their
// licences. Run after `npm ci` when package.json changes: npm run vendor
import { copyFileSync, mkdirSync } from 'node:fs';

const files = [
  ['node_modules/chart.js/dist/chart.umd.min.js', 'assets/vendor/chart.umd.min.js'],
  ['node_modules/chart.js/LICENSE.md', 'assets/vendor/chart.js.LICENSE.md'],
];
mkdirSync('assets/vendor', { recursive: true });
for (const [from, to] of files) {
  copyFileSync(from, to);
  console.log(`${from} -> ${to}`);
}
