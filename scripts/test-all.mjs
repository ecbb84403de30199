// `npm test`: typecheck, lint, unit + integration (Vitest), build + size budget, e2e (Playwright).
// Stops at the first failing step and exits non-zero.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings', '0']],
  ['unit + integration', ['node_modules/vitest/vitest.mjs', 'run']],
  ['build', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']],
  ['bundle checks', ['scripts/size-check.mjs']],
  ['e2e', ['node_modules/@playwright/test/cli.js', 'test']],
];

const started = Date.now();
for (const [name, args] of steps) {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  const { status } = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '1', E2E_SKIP_BUILD: '1' } });
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status}).`);
    process.exit(status || 1);
  }
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
