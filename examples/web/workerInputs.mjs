// What the compiled worker is made of, as one hash: every built file and data file of the
// workspace packages, their package.json files, the lockfile (the versions of everything else
// bundled), the .textlintrc.json compiled in, this folder's build script and the metadata.
// build.mjs skips the compile when the hash is the one dist/ was built from; the browser tests
// refuse a dist/ built from other inputs.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

export const inputsHashFile = join(here, "dist", "worker-inputs.sha256");

/** The worker's homepage and namespace: COPYDESK_WEB_HOMEPAGE, else the preset's npm page. */
export function workerHomepage() {
  return process.env.COPYDESK_WEB_HOMEPAGE || "https://www.npmjs.com/package/@copydesk/textlint-rule-preset-recommended";
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** The hash of the worker's inputs. */
export function workerInputsHash(homepage = workerHomepage()) {
  const packages = join(root, "packages");
  const files = [
    join(root, "pnpm-lock.yaml"),
    join(here, ".textlintrc.json"),
    join(here, "build.mjs"),
    ...readdirSync(packages).flatMap((name) => [
      join(packages, name, "package.json"),
      ...filesUnder(join(packages, name, "lib")),
      ...filesUnder(join(packages, name, "data")),
    ]),
  ]
    .filter((file) => existsSync(file))
    .sort();
  const hash = createHash("sha256").update(`homepage ${homepage}\n`);
  for (const file of files) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
  return hash.digest("hex");
}
