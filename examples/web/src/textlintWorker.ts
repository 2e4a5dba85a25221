/**
 * The worker compiled by @textlint/script-compiler, behind promises. It answers each `lint`
 * and `fix` command with a message carrying the command's id, and takes `merge-config`
 * without an answer; it handles commands one at a time, in the order they are sent, so a
 * lint sent after a `merge-config` uses the merged configuration.
 */
import type { TextlintFixResult, TextlintResult } from "@textlint/types";

export interface WorkerMetadata {
  name: string;
  namespace: string;
  homepage: string;
  version: string;
  config: { rules?: Record<string, unknown> };
}

type Answer =
  | { command: "init"; metadata: WorkerMetadata }
  | { command: "lint:result"; id?: string; result: TextlintResult }
  | { command: "fix:result"; id?: string; result: TextlintFixResult }
  | { command: "error"; id?: string; error: unknown };

interface Waiting {
  resolve(result: TextlintResult | TextlintFixResult): void;
  reject(error: Error): void;
}

export class TextlintWorker {
  readonly ready: Promise<WorkerMetadata>;
  private readonly worker: Worker;
  private readonly waiting = new Map<string, Waiting>();
  private nextId = 0;

  constructor(scriptUrl: string) {
    this.worker = new Worker(scriptUrl);
    this.ready = new Promise((resolve, reject) => {
      this.worker.addEventListener("message", (event: MessageEvent<Answer>) => {
        const answer = event.data;
        if (answer.command === "init") {
          resolve(answer.metadata);
          return;
        }
        const id = answer.id;
        if (answer.command === "error") {
          const error = new Error(describe(answer.error));
          if (id !== undefined && this.waiting.has(id)) {
            this.waiting.get(id)!.reject(error);
            this.waiting.delete(id);
          } else {
            // An error no command owns: every command waiting on the worker is lost with it.
            for (const waiting of this.waiting.values()) waiting.reject(error);
            this.waiting.clear();
            reject(error);
          }
          return;
        }
        if (id !== undefined) {
          this.waiting.get(id)?.resolve(answer.result);
          this.waiting.delete(id);
        }
      });
      this.worker.addEventListener("error", (event) => {
        const error = new Error(event.message || `could not start ${scriptUrl}`);
        for (const waiting of this.waiting.values()) waiting.reject(error);
        this.waiting.clear();
        reject(error);
      });
    });
  }

  lint(text: string, ext: string): Promise<TextlintResult> {
    return this.send("lint", text, ext) as Promise<TextlintResult>;
  }

  fix(text: string, ext: string): Promise<TextlintFixResult> {
    return this.send("fix", text, ext) as Promise<TextlintFixResult>;
  }

  /** Merges a `.textlintrc`-shaped object into the compiled configuration, for the commands that follow. */
  configure(textlintrc: object): void {
    this.worker.postMessage({ command: "merge-config", textlintrc });
  }

  private send(command: "lint" | "fix", text: string, ext: string): Promise<TextlintResult | TextlintFixResult> {
    const id = String(this.nextId++);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, command, text, ext });
    });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return error.message + cause;
  }
  return String(error);
}
