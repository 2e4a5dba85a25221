/**
 * The CI examples run as written: examples/ci/lint-changed.sh (the GitHub Actions workflow's
 * shell step) and examples/ci/pre-commit, in a throwaway git repository, with this checkout's
 * textlint and the recommended preset.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync, copyFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import preset from "@copydesk/textlint-rule-preset-recommended";

const root = resolve(__dirname, "..");
const lintChanged = join(root, "examples", "ci", "lint-changed.sh");
const preCommit = join(root, "examples", "ci", "pre-commit");

const PRESET_CONFIG = { rules: { "@copydesk/preset-recommended": true } };
/** Every rule of the preset reports as a warning. */
const WARNING_CONFIG = {
  rules: {
    "@copydesk/preset-recommended": Object.fromEntries(Object.keys(preset.rules).map((rule) => [rule, { severity: "warning" }])),
  },
};

// A git that ignores the user's own configuration (hooks, signing, templates) and needs no identity.
const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "Copy Desk",
  GIT_AUTHOR_EMAIL: "desk@example.com",
  GIT_COMMITTER_NAME: "Copy Desk",
  GIT_COMMITTER_EMAIL: "desk@example.com",
  TEXTLINT: join(root, "node_modules", ".bin", "textlint"),
  NO_COLOR: "1",
};

let repo: string;

function git(...args: string[]): string {
  const result = spawnSync("git", args, { cwd: repo, env: gitEnv, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function run(command: string, args: string[] = [], env: NodeJS.ProcessEnv = gitEnv): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd: repo, env, encoding: "utf8" });
  if (result.error) throw result.error;
  return result;
}

/** A branch from main with the given files written (or deleted, for null) in one commit. */
function branch(name: string, files: Record<string, string | null>): void {
  git("checkout", "--quiet", "-b", name, "main");
  for (const [path, text] of Object.entries(files)) {
    if (text === null) git("rm", "--quiet", path);
    else write(path, text);
  }
  git("add", "--all");
  git("commit", "--quiet", "--allow-empty", "-m", name);
}

/** The 1-based line and column where `marker` (unique in the text) starts. */
function positionOf(text: string, marker: string): { line: number; col: number } {
  const index = text.indexOf(marker);
  expect(index, `"${marker}" in the text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(marker, index + 1), `"${marker}" once in the text`).toBe(-1);
  const before = text.slice(0, index).split("\n");
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The github formatter's annotation line for a report at `marker` in `path`. */
function annotation(level: "error" | "warning", path: string, text: string, marker: string): RegExp {
  const { line, col } = positionOf(text, marker);
  return new RegExp(`^::${level} file=${escapeRegExp(join(repo, path))},line=${line},endLine=\\d+,col=${col},endColumn=\\d+,title=`, "m");
}

const CLEAN = "# Quarterly notes\n\nThe desk checked every figure before publication.\n";
const OLD_ERRORS = "An old note,left as it was.\n";
const CHANGED = `${CLEAN}\nShares rose,offering relief.\nThe market closed.The desk went home.\n`;
const NEW_FILE = "Prices fell;however the desk stayed calm.\n";
const NOTES = "Plain text notes,with an error.\n";

beforeAll(() => {
  repo = realpathSync(mkdtempSync(join(tmpdir(), "copydesk-ci-")));
  git("init", "--quiet", "-b", "main");
  write(".textlintrc.json", JSON.stringify(PRESET_CONFIG));
  write("docs/notes.md", CLEAN);
  write("docs/old.md", OLD_ERRORS);
  write("docs/gone.md", CLEAN);
  write("src/app.js", "export const x = 1;\n");
  git("add", "--all");
  git("commit", "--quiet", "-m", "base");

  branch("errors", {
    "docs/notes.md": CHANGED,
    "docs/new file.md": NEW_FILE,
    "notes.txt": NOTES,
    "docs/gone.md": null,
  });
  branch("clean", { "docs/notes.md": `${CLEAN}\nThe desk added a clean paragraph.\n`, "docs/more.md": "Nothing to report here.\n" });
  branch("code-only", { "src/app.js": "export const x = 2;\n" });
  branch("deletes-only", { "docs/gone.md": null });
  branch("warnings", { ".textlintrc.json": JSON.stringify(WARNING_CONFIG), "docs/notes.md": CHANGED });
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("examples/ci/lint-changed.sh, the workflow's step", () => {
  function lintBranch(name: string): SpawnSyncReturns<string> {
    git("checkout", "--quiet", name);
    return run("bash", [lintChanged, "main"]);
  }

  it("annotates each error in the changed files and exits with status 1", () => {
    const result = lintBranch("errors");
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(annotation("error", "docs/notes.md", CHANGED, ",offering"));
    expect(result.stdout).toMatch(annotation("error", "docs/notes.md", CHANGED, ".The desk"));
    expect(result.stdout).toMatch(annotation("error", "docs/new file.md", NEW_FILE, ";however"));
    expect(result.stdout).toMatch(annotation("error", "notes.txt", NOTES, ",with"));
  });

  it("lints only the files the branch changed", () => {
    const result = lintBranch("errors");
    const annotated = new Set([...result.stdout.matchAll(/^::(?:error|warning|notice) file=([^,]+),/gm)].map((m) => m[1]));
    expect([...annotated].sort()).toEqual(["docs/new file.md", "docs/notes.md", "notes.txt"].map((p) => join(repo, p)).sort());
  });

  it("exits with status 0 when the changed files are clean", () => {
    const result = lintBranch("clean");
    expect(result.stdout).not.toMatch(/^::error/m);
    expect(result.status).toBe(0);
  });

  it("exits with status 0 without running textlint when no Markdown or text file changed", () => {
    for (const name of ["code-only", "deletes-only"]) {
      const result = lintBranch(name);
      expect(result.status, name).toBe(0);
      expect(result.stdout, name).toContain("No Markdown or text file changed");
    }
  });

  it("exits with status 0 and annotates warnings when every rule's severity is warning", () => {
    const result = lintBranch("warnings");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(annotation("warning", "docs/notes.md", CHANGED, ",offering"));
    expect(result.stdout).not.toMatch(/^::error/m);
  });

  it("exits with status 2 without a base, or with a base it cannot find", () => {
    git("checkout", "--quiet", "errors");
    expect(run("bash", [lintChanged]).status).toBe(2);
    expect(run("bash", [lintChanged, "no-such-branch"]).status).toBe(2);
  });
});

describe("examples/ci/pre-commit", () => {
  beforeAll(() => {
    git("checkout", "--quiet", "-b", "hook", "main");
    // Installed the way the README says: a hooks directory and core.hooksPath.
    mkdirSync(join(repo, ".githooks"), { recursive: true });
    copyFileSync(preCommit, join(repo, ".githooks", "pre-commit"));
    chmodSync(join(repo, ".githooks", "pre-commit"), 0o755);
    git("config", "core.hooksPath", ".githooks");
  });

  it("exits with status 0 when nothing Markdown or text is staged", () => {
    write("src/app.js", "export const x = 3;\n");
    git("add", "src/app.js");
    expect(run("sh", [preCommit]).status).toBe(0);
    git("commit", "--quiet", "-m", "code");
  });

  it("stops a commit that stages an error, naming the file and the error", () => {
    write("docs/notes.md", CHANGED);
    git("add", "docs/notes.md");
    const head = git("rev-parse", "HEAD");
    const commit = run("git", ["commit", "-m", "errors"]);
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain("docs/notes.md");
    expect(commit.stdout + commit.stderr).toContain("Missing space after the comma");
    expect(git("rev-parse", "HEAD")).toBe(head);
  });

  it("judges the staged text, not the working tree", () => {
    // Staged: the errors. Working tree: clean. The commit would hold the errors.
    write("docs/notes.md", CHANGED);
    git("add", "docs/notes.md");
    write("docs/notes.md", CLEAN);
    expect(run("sh", [preCommit]).status).toBe(1);
    // Staged: clean. Working tree: errors not yet staged.
    git("add", "docs/notes.md");
    write("docs/notes.md", CHANGED);
    expect(run("sh", [preCommit]).status).toBe(0);
  });

  it("lets a clean commit through", () => {
    write("docs/notes.md", `${CLEAN}\nA clean line for the record.\n`);
    git("add", "docs/notes.md");
    const commit = run("git", ["commit", "-m", "clean"]);
    expect(commit.status).toBe(0);
    expect(readFileSync(join(repo, "docs/notes.md"), "utf8")).toContain("A clean line");
    expect(git("log", "-1", "--format=%s").trim()).toBe("clean");
  });
});
