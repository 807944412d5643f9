/**
 * Writes the nginx files from scripts/lib/security-headers.ts, the one definition of the headers.
 *
 *   tsx scripts/deploy-config.ts            → deploy/nginx.conf (`npm run deploy:config`; committed,
 *                                             tests/infra/deploy-config.test.ts fails when stale)
 *   tsx scripts/deploy-config.ts --build    → dist/.nginx-inline-hashes.conf, the hashes of the inline
 *                                             script and style of this build (last step of `npm run build`)
 *   tsx scripts/deploy-config.ts --expect [dist]
 *                                           → prints the headers every response must carry for that
 *                                             build, one "Name: value" a line (.ci/run checks nginx)
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInlineHashes, nginxConfig, nginxHashesInclude, NGINX_HASHES_FILE, securityHeaders } from './lib/security-headers';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [mode, distArg] = process.argv.slice(2);
const dist = resolve(distArg ?? join(ROOT, 'dist'));

if (mode === '--build') {
  const hashes = builtInlineHashes(dist);
  writeFileSync(join(dist, NGINX_HASHES_FILE), nginxHashesInclude(hashes));
  console.log(`deploy-config: dist/${NGINX_HASHES_FILE} written (script hashes ${hashes.scripts.length}, style hashes ${hashes.styles.length})`);
} else if (mode === '--expect') {
  for (const [name, value] of Object.entries(securityHeaders(builtInlineHashes(dist)))) console.log(`${name}: ${value}`);
} else if (mode === undefined) {
  writeFileSync(join(ROOT, 'deploy', 'nginx.conf'), nginxConfig());
  console.log('deploy-config: deploy/nginx.conf written');
} else {
  console.error(`deploy-config: unknown option ${mode} (use --build, --expect [dist], or nothing)`);
  process.exit(2);
}
