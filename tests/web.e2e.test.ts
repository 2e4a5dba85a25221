// The worker and the playground page in examples/web/dist (built by `pnpm run build`), in
// Debian's headless Chromium, compared with the textlint CLI run now on the same text with the
// same .textlintrc: whatever the rules report today, the browser must report the same.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript helpers shared with the benchmark
import { launchChromium } from "../examples/web/chromium.mjs";
// @ts-expect-error: plain JavaScript helpers shared with the benchmark
import { distDir, serveDirectory } from "../examples/web/serve.mjs";
// @ts-expect-error: plain JavaScript helpers shared with the build
import { inputsHashFile, workerInputsHash } from "../examples/web/workerInputs.mjs";
import { markRange } from "../examples/web/src/reports";

const root = resolve(__dirname, "..");
const webDir = join(root, "examples", "web");
const textlint = join(root, "node_modules", ".bin", "textlint");
const config = join(webDir, ".textlintrc.json");
const articlePath = join(root, "examples", "article", "article.txt");
const draftPath = join(webDir, "draft.md");
// The committed screenshots are rewritten only on request (`pnpm run screenshots`), so a test run
// leaves the checkout as it found it.
const screenshotDir = process.env.COPYDESK_SCREENSHOTS === "1" ? join(webDir, "screenshots") : mkdtempSync(join(tmpdir(), "copydesk-screenshots-"));
const article = readFileSync(articlePath, "utf8");
const draft = readFileSync(draftPath, "utf8");
const PRESET = "@copydesk/preset-recommended";

interface Message {
  ruleId: string;
  message: string;
  range: [number, number];
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  severity: number;
  fix?: { range: [number, number]; text: string };
}

/** What the CLI and the worker must agree on, in one order. */
function comparable(messages: Message[]) {
  return messages
    .map(({ ruleId, message, range, loc, severity, fix }) => ({ ruleId, message, range, loc, severity, fix }))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
}

function writeConfig(rulesOff: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-web-config-"));
  const path = join(dir, ".textlintrc.json");
  const preset = rulesOff.length === 0 ? true : Object.fromEntries(rulesOff.map((rule) => [rule, false]));
  writeFileSync(path, JSON.stringify({ rules: { [PRESET]: preset } }));
  return path;
}

/** The textlint CLI's reports on `text`, read as a file named `name` (its extension picks the parser). */
function cliLint(text: string, name: string, configPath = config): Message[] {
  const run = spawnSync(textlint, ["--config", configPath, "--stdin", "--stdin-filename", name, "--format", "json"], {
    cwd: root,
    input: text,
    encoding: "utf8",
  });
  expect([0, 1], run.stderr).toContain(run.status);
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Message[] }>;
  return result!.messages;
}

/** What `textlint --fix` writes for a file named `name` holding `text`. */
function cliFix(text: string, name: string, configPath = config): string {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-web-fix-"));
  try {
    writeFileSync(join(dir, name), text);
    const run = spawnSync(textlint, ["--config", configPath, "--fix", name], { cwd: dir, encoding: "utf8" });
    // 1 when a report without a fix remains; 2 would be textlint failing.
    expect([0, 1], run.stderr).toContain(run.status);
    return readFileSync(join(dir, name), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let browser: Browser;
let server: { close(): void };
let baseUrl: string;
/** Every request any page or worker made, over all the tests here. */
const requests: string[] = [];
const contexts: BrowserContext[] = [];
const uncaught: string[] = [];

beforeAll(async () => {
  const built = existsSync(inputsHashFile) ? readFileSync(inputsHashFile, "utf8").trim() : "";
  if (built !== workerInputsHash()) {
    throw new Error("examples/web/dist was not built from the packages as they are now: run `pnpm run build`.");
  }
  const served = await serveDirectory(distDir);
  server = served.server;
  baseUrl = served.url;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (process.env.COPYDESK_SCREENSHOTS !== "1") rmSync(screenshotDir, { recursive: true, force: true });
});

/** Each test's pages are closed after it, and none may have thrown an uncaught error. */
afterEach(async () => {
  const open = contexts.splice(0);
  await Promise.all(open.map((context) => context.close()));
  expect(uncaught.splice(0)).toEqual([]);
});

/** A page in a browser context of its own (its own localStorage), with the playground loaded. */
async function openPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  context.on("request", (request) => requests.push(request.url()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => uncaught.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(baseUrl);
  await page.waitForFunction(() => document.getElementById("status")?.dataset.state === "fresh");
  return page;
}

/** What the page wrote to its console as errors. */
function pageErrors(page: Page): string[] {
  return (page as Page & { errors: string[] }).errors;
}

/** Waits until the page shows reports on exactly the text now in the textarea, and returns that text. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const status = document.getElementById("status")!;
    return status.dataset.state === "fresh" && /report/.test(status.textContent ?? "");
  });
  return page.locator("#copy").inputValue();
}

/** The reports the page lists, and for each the text its marks cover. */
async function shownReports(page: Page) {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll<HTMLElement>("#reports li.report")];
    const marks = [...document.querySelectorAll<HTMLElement>("#backdrop mark")];
    return items.map((item) => {
      const index = item.dataset.report!;
      const covering = marks.filter((mark) => mark.dataset.reports!.split(" ").includes(index));
      // Marks of one report are consecutive in the backdrop, so their texts join into its words.
      const allMarks = [...document.querySelectorAll("#backdrop mark")];
      const positions = covering.map((mark) => allMarks.indexOf(mark));
      const contiguous = positions.every((p, i) => i === 0 || p === positions[i - 1]! + 1);
      return {
        rule: item.querySelector(".rule")!.textContent,
        message: item.querySelector(".message")!.textContent,
        hasFix: item.querySelector("button.fix") !== null,
        marked: covering.map((mark) => mark.textContent).join(""),
        contiguous,
      };
    });
  });
}

/** Lints `text` in a worker of its own, started on the page, as the editor extension would. */
async function workerLint(page: Page, text: string, ext: string): Promise<Message[]> {
  return page.evaluate(
    ({ text, ext }) =>
      new Promise<Message[]>((resolve, reject) => {
        const worker = new Worker("textlint-worker.js");
        worker.addEventListener("message", (event) => {
          const data = event.data;
          if (data.command === "init") worker.postMessage({ id: "one", command: "lint", text, ext });
          else if (data.command === "lint:result") resolve(data.result.messages);
          else if (data.command === "error") reject(new Error(String(data.error)));
          if (data.command !== "init") worker.terminate();
        });
      }),
    { text, ext },
  );
}

/** Types the first part of `text` key by key, and pastes the rest, as a writer would. */
async function typeIn(page: Page, text: string, typed = 1200): Promise<void> {
  await page.locator("#copy").focus();
  await page.keyboard.type(text.slice(0, typed));
  if (text.length > typed) await page.keyboard.insertText(text.slice(typed));
}

/** Puts the caret and the view at the start of the text, and the focus elsewhere, for a screenshot. */
async function showFromTheTop(page: Page): Promise<void> {
  await page.locator("#copy").evaluate((copy: HTMLTextAreaElement) => {
    copy.setSelectionRange(0, 0);
    copy.blur();
    copy.scrollTop = 0;
    copy.dispatchEvent(new Event("scroll"));
  });
}

async function chooseFormat(page: Page, format: "markdown" | "text"): Promise<void> {
  await page.locator(`input[name="format"][value="${format}"]`).check();
}

describe("the compiled worker, against the textlint CLI on the same text", () => {
  it("reports on the article exactly what the CLI reports: rule, range, message and fix", async () => {
    const page = await openPage();
    const expected = comparable(cliLint(article, "article.txt"));
    expect(expected.length).toBeGreaterThan(10);
    expect(comparable(await workerLint(page, article, ".txt"))).toEqual(expected);
  });

  it("reports on a Markdown draft exactly what the CLI reports: rule, range, message and fix", async () => {
    const page = await openPage();
    const expected = comparable(cliLint(draft, "draft.md"));
    expect(new Set(expected.map((m) => m.ruleId)).size).toBeGreaterThanOrEqual(4);
    expect(comparable(await workerLint(page, draft, ".md"))).toEqual(expected);
  });
});

describe("preset options merged into the compiled worker", () => {
  it("change its reports as the same options do in the CLI's .textlintrc", async () => {
    const page = await openPage();
    const options = { "punctuation-spacing": { comma: false }, "sentence-case": false };
    const dir = mkdtempSync(join(tmpdir(), "copydesk-web-options-"));
    const configPath = join(dir, ".textlintrc.json");
    writeFileSync(configPath, JSON.stringify({ rules: { [PRESET]: options } }));
    const expected = comparable(cliLint(article, "article.txt", configPath));
    rmSync(dir, { recursive: true, force: true });
    expect(expected.length).toBeLessThan(cliLint(article, "article.txt").length);
    const messages = await page.evaluate(
      ({ text, textlintrc }) =>
        new Promise<Message[]>((resolve) => {
          const worker = new Worker("textlint-worker.js");
          worker.addEventListener("message", (event) => {
            if (event.data.command === "init") {
              worker.postMessage({ command: "merge-config", textlintrc });
              worker.postMessage({ id: "1", command: "lint", text, ext: ".txt" });
            } else if (event.data.command === "lint:result") {
              resolve(event.data.result.messages);
              worker.terminate();
            }
          });
        }),
      { text: article, textlintrc: { rules: { [PRESET]: options } } },
    );
    expect(comparable(messages)).toEqual(expected);
  });
});

describe("the playground page", () => {
  it("shows every report on the article once it is typed in, each marked on its words", async () => {
    const page = await openPage();
    await chooseFormat(page, "text");
    await typeIn(page, article);
    const text = await settled(page);
    expect(text).toBe(article);
    const expected = comparable(cliLint(article, "article.txt"));
    await expect.poll(() => page.locator("#status").textContent()).toBe(`${expected.length} reports.`);

    const shown = await shownReports(page);
    expect(shown).toHaveLength(expected.length);
    const byPlace = (a: { message: string | null }, b: { message: string | null }) =>
      (a.message ?? "").localeCompare(b.message ?? "");
    expect(
      shown.map(({ rule, message, hasFix, marked }) => ({ rule, message, hasFix, marked })).sort(byPlace),
    ).toEqual(
      expected
        .map((m) => {
          const [start, end] = markRange(m.range, article.length);
          return {
            rule: m.ruleId.replace("@copydesk/recommended/", ""),
            message: m.message,
            hasFix: m.fix !== undefined,
            marked: article.slice(start, end),
          };
        })
        .sort(byPlace),
    );
    expect(shown.every((report) => report.contiguous)).toBe(true);
    expect(pageErrors(page)).toEqual([]);

    // The screenshot in examples/web/README.md, wide and at phone width.
    mkdirSync(screenshotDir, { recursive: true });
    await showFromTheTop(page);
    await page.screenshot({ path: join(screenshotDir, "article.png") });
  }, 180_000);

  it("checks as you type once typing pauses, not on every key", async () => {
    const page = await openPage();
    await page.evaluate(() => {
      const w = window as unknown as { lintsSent: number };
      w.lintsSent = 0;
      const send = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: { command?: string }, ...rest: unknown[]) {
        if (message?.command === "lint") w.lintsSent++;
        return (send as (...args: unknown[]) => void).call(this, message, ...rest);
      };
    });
    const sentence = "The fund grew in 2024,then it shrank as a important buyer left.";
    // A key every 40 ms, as a quick typist: each pause is far shorter than the page waits for.
    await page.locator("#copy").focus();
    await page.keyboard.type(sentence, { delay: 40 });
    await settled(page);
    const lints = await page.evaluate(() => (window as unknown as { lintsSent: number }).lintsSent);
    expect(lints).toBeGreaterThanOrEqual(1);
    expect(lints).toBeLessThanOrEqual(3);
    expect(await page.locator("#reports li").count()).toBe(cliLint(sentence, "draft.md").length);
    expect(cliLint(sentence, "draft.md").length).toBe(2);
  });

  it("applies one fix by changing exactly the text of its range, then shows the CLI's reports on the result", async () => {
    const page = await openPage();
    await chooseFormat(page, "text");
    await page.locator("#copy").fill(article);
    await settled(page);
    const expected = comparable(cliLint(article, "article.txt")).filter((m) => m.fix);
    // A fix from the middle of the article, so every offset before and after it counts.
    const target = expected[Math.floor(expected.length / 2)]!;
    const item = page
      .locator("#reports li.report")
      .filter({ hasText: target.message })
      .filter({ hasText: `line ${target.loc.start.line}, column ${target.loc.start.column}` });
    await item.locator("button.fix").click();
    const after = await page.locator("#copy").inputValue();
    expect(after).toBe(article.slice(0, target.fix!.range[0]) + target.fix!.text + article.slice(target.fix!.range[1]));
    await settled(page);
    const shown = await shownReports(page);
    expect(shown.map((r) => r.message).sort()).toEqual(cliLint(after, "article.txt").map((m) => m.message).sort());
  });

  it("Fix all turns the article into the text `textlint --fix` writes", async () => {
    const page = await openPage();
    await chooseFormat(page, "text");
    await page.locator("#copy").fill(article);
    await settled(page);
    await page.locator("#fix-all").click();
    await expect.poll(() => page.locator("#copy").inputValue()).not.toBe(article);
    await settled(page);
    expect(await page.locator("#copy").inputValue()).toBe(cliFix(article, "article.txt"));
    // What is left has no fix, as the CLI says of the fixed text.
    expect((await shownReports(page)).map((r) => r.message).sort()).toEqual(
      cliLint(cliFix(article, "article.txt"), "article.txt").map((m) => m.message).sort(),
    );
  });

  it("Fix all on the Markdown example gives the text `textlint --fix` writes, code and links untouched", async () => {
    const page = await openPage();
    await chooseFormat(page, "text");
    await page.locator("#load-example").click();
    expect(await page.locator('input[name="format"][value="markdown"]').isChecked()).toBe(true);
    expect(await settled(page)).toBe(draft);
    await page.locator("#fix-all").click();
    await expect.poll(() => page.locator("#copy").inputValue()).not.toBe(draft);
    const fixed = await page.locator("#copy").inputValue();
    expect(fixed).toBe(cliFix(draft, "draft.md"));
    expect(fixed).toContain("(https://example.com/trams,times)");
    expect(fixed).toContain("trams --next,now");
  });

  it("lints Markdown as Markdown and plain text as plain text, as the CLI does for .md and .txt", async () => {
    const page = await openPage();
    await chooseFormat(page, "text");
    await page.locator("#copy").fill(draft);
    await settled(page);
    const asText = cliLint(draft, "draft.txt");
    const asMarkdown = cliLint(draft, "draft.md");
    expect(asText.length).not.toBe(asMarkdown.length);
    expect((await shownReports(page)).map((r) => r.message).sort()).toEqual(asText.map((m) => m.message).sort());
    await chooseFormat(page, "markdown");
    await expect.poll(() => page.locator("#reports li").count()).toBe(asMarkdown.length);
    expect((await shownReports(page)).map((r) => r.message).sort()).toEqual(asMarkdown.map((m) => m.message).sort());
  });

  it("turns a rule off, remembers it after a reload, leaves that rule's errors to Fix all, and turns it on again", async () => {
    const page = await openPage();
    await chooseFormat(page, "text");
    await page.locator("summary", { hasText: "Rules" }).click();
    await page.locator('input[name="rule"][value="sentence-case"]').uncheck();
    await page.locator("#copy").fill(article);
    await settled(page);
    const off = writeConfig(["sentence-case"]);
    const expected = cliLint(article, "article.txt", off);
    expect(expected.length).toBeLessThan(cliLint(article, "article.txt").length);
    expect((await shownReports(page)).map((r) => r.message).sort()).toEqual(expected.map((m) => m.message).sort());

    await page.reload();
    await page.waitForFunction(() => document.getElementById("status")?.dataset.state === "fresh");
    expect(await page.locator('input[name="rule"][value="sentence-case"]').isChecked()).toBe(false);
    expect(await page.locator('input[name="format"][value="text"]').isChecked()).toBe(true);
    await page.locator("#copy").fill(article);
    await settled(page);
    expect(await page.locator('#reports li[data-rule="sentence-case"]').count()).toBe(0);
    await page.locator("#fix-all").click();
    await expect.poll(() => page.locator("#copy").inputValue()).toBe(cliFix(article, "article.txt", off));
    rmSync(join(off, ".."), { recursive: true, force: true });

    // Turned on again, the rule reports as the CLI's preset does.
    const fixedWithoutRule = await page.locator("#copy").inputValue();
    await page.locator("summary", { hasText: "Rules" }).click();
    await page.locator('input[name="rule"][value="sentence-case"]').check();
    await expect
      .poll(async () => (await shownReports(page)).map((r) => r.message).sort())
      .toEqual(cliLint(fixedWithoutRule, "article.txt").map((m) => m.message).sort());
    expect(await page.locator('#reports li[data-rule="sentence-case"]').count()).toBeGreaterThan(0);
  });

  it("can be used with the keyboard alone: reach the text, type, select a report with F8, fix it", async () => {
    const page = await openPage();
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || "");
    let presses = 0;
    while ((await focused()) !== "copy" && presses++ < 12) await page.keyboard.press("Tab");
    expect(await focused()).toBe("copy");
    const sentence = "Shares fell.The board met on Monday,then left.";
    await page.keyboard.type(sentence);
    await settled(page);
    const [report, second] = cliLint(sentence, "draft.md");
    expect(second?.fix).toBeDefined();
    await page.keyboard.press("Home");
    await page.keyboard.press("F8");
    expect(await page.locator("#copy").evaluate((c: HTMLTextAreaElement) => [c.selectionStart, c.selectionEnd])).toEqual(
      markRange(report!.range, sentence.length),
    );
    presses = 0;
    while ((await focused()) !== "fix" && presses++ < 20) await page.keyboard.press("Tab");
    expect(await focused()).toBe("fix");
    await page.keyboard.press("Enter");
    await settled(page);
    // The focus stays on the report that took the fixed one's place, so Enter fixes the next.
    expect(await focused()).toBe("fix");
    const beforeLastFix = await page.locator("#copy").inputValue();
    await page.keyboard.press("Enter");
    expect(await page.locator("#copy").inputValue()).toBe(cliFix(sentence, "draft.md"));
    // A fix is an edit like typing: Ctrl+Z in the text takes it back.
    await page.locator("#copy").focus();
    await page.keyboard.press("Control+z");
    expect(await page.locator("#copy").inputValue()).toBe(beforeLastFix);
  });

  it("with checking as you type off, checks only when asked, and remembers that", async () => {
    const page = await openPage();
    await page.locator("#lint-as-you-type").uncheck();
    await page.reload();
    await page.waitForFunction(() => document.getElementById("status")?.dataset.state === "fresh");
    expect(await page.locator("#lint-as-you-type").isChecked()).toBe(false);
    const sentence = "It rose,then fell.";
    await page.locator("#copy").focus();
    await page.keyboard.type(sentence);
    await page.waitForTimeout(800);
    expect(await page.locator("#status").getAttribute("data-state")).toBe("checking");
    expect(await page.locator("#reports li").count()).toBe(0);
    await page.keyboard.press("Control+Enter");
    await settled(page);
    expect(await page.locator("#copy").inputValue()).toBe(sentence);
    expect(await page.locator("#reports li").count()).toBe(cliLint(sentence, "draft.md").length);
  });

  it("walks the reports in text order with F8, showing each one selected in the text and in the list", async () => {
    const page = await openPage();
    await chooseFormat(page, "text");
    await page.locator("#copy").fill(article);
    await settled(page);
    const starts = [...new Set(comparable(cliLint(article, "article.txt")).map((m) => markRange(m.range, article.length)[0]))];
    await page.locator("#copy").evaluate((copy: HTMLTextAreaElement) => copy.setSelectionRange(0, 0));
    const visited: number[] = [];
    for (let i = 0; i < starts.length; i++) {
      await page.keyboard.press("F8");
      const state = await page.evaluate(() => {
        const copy = document.getElementById("copy") as HTMLTextAreaElement;
        const list = document.getElementById("reports")!.getBoundingClientRect();
        const item = document.querySelector("#reports li[aria-current]")!.getBoundingClientRect();
        return { start: copy.selectionStart, inView: item.top >= list.top - 1 && item.bottom <= list.bottom + 1 };
      });
      expect(state.inView).toBe(true);
      visited.push(state.start);
    }
    expect(visited).toEqual(starts);
  });

  it("reads at phone width: nothing is wider than the screen, and the reports follow the text", async () => {
    const page = await openPage({ width: 390, height: 844 });
    await chooseFormat(page, "text");
    await page.locator("#copy").fill(article);
    await settled(page);
    const layout = await page.evaluate(() => {
      const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return {
        pageWidth: document.documentElement.scrollWidth,
        editor: rect(".editor"),
        reports: rect("#reports"),
        widest: Math.max(...[...document.querySelectorAll("button, li, textarea")].map((e) => e.getBoundingClientRect().right)),
      };
    });
    expect(layout.pageWidth).toBeLessThanOrEqual(390);
    expect(layout.widest).toBeLessThanOrEqual(390);
    expect(layout.reports.top).toBeGreaterThan(layout.editor.bottom);
    // Selecting a report from the text leaves the page where it is, with the text in view.
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.locator("#copy").focus();
    await page.keyboard.press("F8");
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await showFromTheTop(page);
    // The end of the text box, the buttons under it and the first reports, on one screen.
    await page.evaluate(() => window.scrollTo(0, document.querySelector(".actions")!.getBoundingClientRect().top + window.scrollY - 220));
    await page.screenshot({ path: join(screenshotDir, "article-phone.png") });
  });

  it("keeps checking and fixing with the network off once the page is loaded", async () => {
    const page = await openPage();
    await page.context().setOffline(true);
    // (Asked from the worker: the page's own Content-Security-Policy forbids it any fetch.)
    const [worker] = page.workers();
    expect(await worker!.evaluate(() => fetch("/style.css").then(() => "online", () => "offline"))).toBe("offline");
    await page.locator("#copy").fill(draft);
    await settled(page);
    expect((await shownReports(page)).map((r) => r.message).sort()).toEqual(cliLint(draft, "draft.md").map((m) => m.message).sort());
    await page.locator("#fix-all").click();
    await expect.poll(() => page.locator("#copy").inputValue()).toBe(cliFix(draft, "draft.md"));
  });

  it("sends no request beyond 127.0.0.1, from the page or from its worker", async () => {
    const page = await openPage();
    // The request log sees what the worker fetches, too: a fetch from inside it shows up.
    const [worker] = page.workers();
    expect(worker).toBeDefined();
    await worker!.evaluate(() => fetch("/from-the-worker").then(() => undefined, () => undefined));
    await expect.poll(() => requests.some((url) => url.endsWith("/from-the-worker"))).toBe(true);
    expect(requests.some((url) => basename(new URL(url).pathname) === "textlint-worker.js")).toBe(true);
    expect(requests.filter((url) => new URL(url).hostname !== "127.0.0.1")).toEqual([]);
    // And the page could not send the text anywhere if it tried: its policy allows it no fetch.
    expect(await page.evaluate(() => fetch("/style.css").then(() => "sent", () => "refused"))).toBe("refused");
  });
});
