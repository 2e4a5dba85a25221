/**
 * The playground page: a textarea with each report marked on its words (a backdrop behind
 * the transparent textarea mirrors its text), the list of reports with their fixes, and the
 * settings. Everything runs here and in the worker; the page sends nothing anywhere.
 */
import { applyFix, lineLocator, mapReports, markRange, ruleNameOf, segmentsFor, type Report } from "./reports.js";
import { extensionOf, presetConfigFor, readSettings, writeSettings, type Format, type Settings } from "./settings.js";
import { TextlintWorker } from "./textlintWorker.js";

/** How long typing must pause before the copy is checked again. */
const LINT_DELAY_MS = 250;

interface PageData {
  preset: string;
  rules: string[];
  /** The preset's own settings for its rules (its `rulesConfig`). */
  rulesConfig: Record<string, unknown>;
  example: string;
}

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const copy = byId<HTMLTextAreaElement>("copy");
const backdrop = byId<HTMLDivElement>("backdrop");
const status = byId<HTMLParagraphElement>("status");
const announce = byId<HTMLParagraphElement>("announce");
const list = byId<HTMLOListElement>("reports");
const fixAllButton = byId<HTMLButtonElement>("fix-all");
const lintNowButton = byId<HTMLButtonElement>("lint-now");
const asYouType = byId<HTMLInputElement>("lint-as-you-type");
const formatInputs = [...document.querySelectorAll<HTMLInputElement>('input[name="format"]')];
const ruleInputs = [...document.querySelectorAll<HTMLInputElement>('input[name="rule"]')];
const data = JSON.parse(byId("playground-data").textContent ?? "{}") as PageData;

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();
let settings: Settings = readSettings(storage);

/** The reports on the text now in the textarea, and whether they come from linting exactly that text. */
let shown: { text: string; reports: Report[]; fresh: boolean } = { text: "", reports: [], fresh: true };
let current: number | undefined;
let lintTimer: number | undefined;
let linting = false;
let lintAgain = false;
let ready = false;

const worker = new TextlintWorker("textlint-worker.js");

/** Sets what the status line says (read out by screen readers), or only its state when `text` is left out. */
function setStatus(state: "loading" | "checking" | "fresh" | "error", text?: string): void {
  status.dataset.state = state;
  if (text !== undefined && status.textContent !== text) status.textContent = text;
}

function countReports(n: number): string {
  return n === 0 ? "No reports." : n === 1 ? "1 report." : `${n} reports.`;
}

function applySettingsToControls(): void {
  asYouType.checked = settings.lintAsYouType;
  for (const input of formatInputs) input.checked = input.value === settings.format;
  for (const input of ruleInputs) input.checked = !settings.rulesOff.includes(input.value);
}

function saveSettings(next: Partial<Settings>): void {
  settings = { ...settings, ...next };
  writeSettings(storage, settings);
}

function configureWorker(compiledConfig: { rules?: Record<string, unknown> }): void {
  worker.configure(
    presetConfigFor(data.preset, compiledConfig.rules?.[data.preset], data.rulesConfig, data.rules, settings.rulesOff),
  );
}

// ---- Linting -------------------------------------------------------------------------------

function scheduleLint(delay: number): void {
  window.clearTimeout(lintTimer);
  lintTimer = window.setTimeout(() => void lint(), delay);
}

async function lint(): Promise<void> {
  window.clearTimeout(lintTimer);
  if (!ready) return;
  if (linting) {
    lintAgain = true;
    return;
  }
  linting = true;
  const text = copy.value;
  const ext = extensionOf(settings.format);
  setStatus("checking");
  try {
    const result = await worker.lint(text, ext);
    const reports = result.messages.map((message) => ({
      ruleId: message.ruleId,
      message: message.message,
      range: message.range,
      fix: message.fix,
    }));
    show(reports, text, ext === extensionOf(settings.format));
  } catch (error) {
    setStatus("error", `The check failed: ${(error as Error).message}`);
  } finally {
    linting = false;
  }
  if (lintAgain) {
    lintAgain = false;
    void lint();
  }
}

/**
 * Shows reports made on `linted`, moved onto the text now in the textarea; they are the
 * final word on it only when that is the text linted, in the format now chosen.
 */
function show(reports: Report[], linted: string, sameFormat: boolean): void {
  const text = copy.value;
  shown = { text, reports: mapReports(reports, linted, text), fresh: linted === text && sameFormat };
  current = reportAtCaret();
  render();
  if (shown.fresh) setStatus("fresh", countReports(shown.reports.length));
}

function onEdit(): void {
  const text = copy.value;
  if (text === shown.text) return;
  shown = { text, reports: mapReports(shown.reports, shown.text, text), fresh: false };
  current = reportAtCaret();
  render();
  setStatus("checking");
  if (settings.lintAsYouType) scheduleLint(LINT_DELAY_MS);
  else setStatus("checking", `${countReports(shown.reports.length)} Press Check now to check your changes.`);
}

// ---- Rendering -----------------------------------------------------------------------------

function render(): void {
  renderMarks();
  renderList();
  const fixable = shown.reports.filter((report) => report.fix).length;
  fixAllButton.disabled = fixable === 0;
  fixAllButton.textContent = fixable === 0 ? "Fix all" : `Fix all (${fixable})`;
}

function renderMarks(): void {
  const { text, reports } = shown;
  const fragment = document.createDocumentFragment();
  for (const segment of segmentsFor(text.length, reports.map((report) => report.range))) {
    const run = text.slice(segment.start, segment.end);
    if (segment.reports.length === 0) {
      fragment.append(run);
      continue;
    }
    const mark = document.createElement("mark");
    mark.textContent = run;
    mark.dataset.reports = segment.reports.join(" ");
    mark.dataset.rule = ruleNameOf(reports[segment.reports[0]!]!.ruleId);
    if (current !== undefined && segment.reports.includes(current)) mark.classList.add("current");
    fragment.append(mark);
  }
  // A text ending in a line break needs one more line in the backdrop, as the textarea shows it.
  fragment.append(" ");
  backdrop.replaceChildren(fragment);
  syncScroll();
}

function excerpt(text: string, range: readonly [number, number]): string {
  const [start, end] = markRange(range, text.length);
  const words = text.slice(start, end).replace(/\s+/g, " ");
  return words.length > 40 ? `${words.slice(0, 39)}…` : words;
}

function renderList(): void {
  const { text, reports } = shown;
  const locate = lineLocator(text);
  const items = reports.map((report, index) => {
    const { line, column } = locate(report.range[0]);
    const rule = ruleNameOf(report.ruleId);
    const item = document.createElement("li");
    item.className = "report";
    item.dataset.report = String(index);
    item.dataset.rule = rule;
    if (index === current) item.setAttribute("aria-current", "true");

    const go = document.createElement("button");
    go.type = "button";
    go.className = "goto";
    go.dataset.action = "select";
    const words = document.createElement("q");
    words.textContent = excerpt(text, report.range);
    const place = document.createElement("span");
    place.className = "place";
    place.textContent = `line ${line}, column ${column}`;
    go.append(words, " ", place);
    go.setAttribute("aria-label", `Select “${words.textContent}” at line ${line}, column ${column}`);

    const message = document.createElement("p");
    message.className = "message";
    message.id = `report-message-${index}`;
    message.textContent = report.message;

    const footer = document.createElement("p");
    footer.className = "meta";
    const ruleName = document.createElement("span");
    ruleName.className = "rule";
    ruleName.textContent = rule;
    footer.append(ruleName);
    if (report.fix) {
      const fix = document.createElement("button");
      fix.type = "button";
      fix.className = "fix";
      fix.dataset.action = "fix";
      fix.textContent = "Fix";
      fix.setAttribute("aria-describedby", message.id);
      footer.append(" ", fix);
    }
    item.append(go, message, footer);
    return item;
  });
  // A keyboard user in the list stays on the same place in it when the list is redrawn.
  const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement)
    ? document.activeElement
    : undefined;
  const focusedIndex = Number(focused?.closest<HTMLElement>("li[data-report]")?.dataset.report);
  list.replaceChildren(...items);
  if (focused) focusListItem(focusedIndex, focused.dataset.action);
}

/** Focuses the report at `index` (or the last one), on the button for `action` if it has one. */
function focusListItem(index: number, action: string | undefined): void {
  const item = list.querySelector<HTMLElement>(`li[data-report="${Math.min(index, shown.reports.length - 1)}"]`);
  const button =
    item?.querySelector<HTMLElement>(`button[data-action="${action}"]`) ?? item?.querySelector<HTMLElement>("button");
  (button ?? byId("reports-heading")).focus();
}

/** Scrolls the report list (where it scrolls on its own, beside the text) to show a report; the page itself stays put. */
function revealInList(index: number): void {
  const item = list.querySelector<HTMLElement>(`li[data-report="${index}"]`);
  if (!item || list.scrollHeight <= list.clientHeight) return;
  const top = item.offsetTop - list.offsetTop;
  if (top < list.scrollTop) list.scrollTop = top;
  else if (top + item.offsetHeight > list.scrollTop + list.clientHeight) {
    list.scrollTop = top + item.offsetHeight - list.clientHeight;
  }
}

function syncScroll(): void {
  backdrop.scrollTop = copy.scrollTop;
  backdrop.scrollLeft = copy.scrollLeft;
}

// ---- Acting on reports ---------------------------------------------------------------------

/** Replaces `[start, end)` of the textarea's text the way typing would, so Ctrl+Z undoes it. */
function replaceText(start: number, end: number, replacement: string): void {
  const before = copy.value;
  const expected = applyFix(before, { range: [start, end], text: replacement });
  copy.focus();
  copy.setSelectionRange(start, end);
  if (replacement === "") {
    if (start !== end) document.execCommand("delete");
  } else {
    document.execCommand("insertText", false, replacement);
  }
  if (copy.value !== expected) {
    // A browser without the editing commands: set the text, and tell the page it changed.
    copy.value = expected;
    copy.setSelectionRange(start + replacement.length, start + replacement.length);
    copy.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

function selectReport(index: number, focusText: boolean): void {
  const report = shown.reports[index];
  if (!report) return;
  current = index;
  const [start, end] = markRange(report.range, shown.text.length);
  if (focusText) copy.focus();
  copy.setSelectionRange(start, end);
  render();
  const mark = backdrop.querySelector<HTMLElement>("mark.current");
  if (mark) {
    copy.scrollTop = Math.max(0, mark.offsetTop - copy.clientHeight / 3);
    syncScroll();
  }
  revealInList(index);
  announce.textContent = `${ruleNameOf(report.ruleId)}: ${report.message}`;
}

function fixReport(index: number): void {
  const report = shown.reports[index];
  if (!report?.fix) return;
  replaceText(report.fix.range[0], report.fix.range[1], report.fix.text);
  current = undefined;
  // Keep a keyboard user in the list: on the report that took this one's place.
  focusListItem(index, "fix");
  void lint();
}

async function fixAll(): Promise<void> {
  if (!ready) return;
  const text = copy.value;
  fixAllButton.disabled = true;
  try {
    const result = await worker.fix(text, extensionOf(settings.format));
    if (copy.value !== text) return; // The writer typed on meanwhile; the reports will follow.
    if (result.output !== text) replaceText(0, text.length, result.output);
    current = undefined;
    await lint();
    announce.textContent = `Fixed ${result.applyingMessages.length}. ${countReports(shown.reports.length)}`;
  } catch (error) {
    setStatus("error", `The fix failed: ${(error as Error).message}`);
  }
}

/** The report after (or before) the caret, wrapping around the text. */
function neighbourReport(forward: boolean): number | undefined {
  const count = shown.reports.length;
  if (count === 0) return undefined;
  const caret = forward ? copy.selectionEnd : copy.selectionStart;
  const order = shown.reports.map((report, index) => ({ index, start: report.range[0] }));
  order.sort((a, b) => a.start - b.start || a.index - b.index);
  const found = forward
    ? order.find((entry) => entry.start >= caret && entry.index !== current)
    : [...order].reverse().find((entry) => entry.start < caret && entry.index !== current);
  return (found ?? (forward ? order[0] : order[order.length - 1]))!.index;
}

/** The report whose marked words hold the caret, while the writer is in the text. */
function reportAtCaret(): number | undefined {
  if (document.activeElement !== copy) return undefined;
  const caret = copy.selectionStart;
  const at = shown.reports.findIndex((report) => {
    const [start, end] = markRange(report.range, shown.text.length);
    return caret >= start && caret <= end;
  });
  return at === -1 ? undefined : at;
}

/** Marks as current the report the caret is in, if any. */
function followCaret(): void {
  const next = reportAtCaret();
  if (next !== current) {
    current = next;
    render();
    if (next !== undefined) revealInList(next);
  }
}

// ---- Wiring --------------------------------------------------------------------------------

copy.addEventListener("input", onEdit);
copy.addEventListener("scroll", syncScroll);
copy.addEventListener("click", followCaret);
copy.addEventListener("keyup", (event) => {
  if (event.key.startsWith("Arrow") || event.key === "Home" || event.key === "End") followCaret();
});
copy.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void lint();
  } else if (event.key === "F8") {
    event.preventDefault();
    const index = neighbourReport(!event.shiftKey);
    if (index !== undefined) selectReport(index, false);
  }
});
new ResizeObserver(syncScroll).observe(copy);

list.addEventListener("click", (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-action]");
  const item = button?.closest<HTMLElement>("li[data-report]");
  if (!button || !item) return;
  const index = Number(item.dataset.report);
  if (button.dataset.action === "fix") fixReport(index);
  else selectReport(index, true);
});

fixAllButton.addEventListener("click", () => void fixAll());
lintNowButton.addEventListener("click", () => void lint());
byId<HTMLButtonElement>("load-example").addEventListener("click", () => {
  if (settings.format !== "markdown") {
    saveSettings({ format: "markdown" });
    applySettingsToControls();
  }
  replaceText(0, copy.value.length, data.example);
  copy.setSelectionRange(0, 0);
  copy.scrollTop = 0;
  void lint();
});

asYouType.addEventListener("change", () => {
  saveSettings({ lintAsYouType: asYouType.checked });
  if (asYouType.checked && !shown.fresh) void lint();
});
for (const input of formatInputs) {
  input.addEventListener("change", () => {
    if (!input.checked) return;
    saveSettings({ format: input.value as Format });
    void lint();
  });
}

applySettingsToControls();
worker.ready.then(
  (metadata) => {
    ready = true;
    // With every rule on, the worker runs exactly the configuration it was compiled with.
    if (settings.rulesOff.length > 0) configureWorker(metadata.config);
    for (const input of ruleInputs) {
      input.addEventListener("change", () => {
        const off = new Set(settings.rulesOff);
        if (input.checked) off.delete(input.value);
        else off.add(input.value);
        saveSettings({ rulesOff: [...off] });
        configureWorker(metadata.config);
        void lint();
      });
    }
    if (copy.value === "") setStatus("fresh", "Ready. Paste or type copy to check it.");
    else void lint();
  },
  (error: Error) => setStatus("error", `The checker could not start: ${error.message}`),
);
