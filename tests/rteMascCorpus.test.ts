/**
 * bench/corpus.mjs turns the PASCAL RTE challenges' texts and MASC's tagged written texts into
 * Markdown files: these are the readings the measured figures on `--rte` and `--masc` depend on.
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error: a bench script in plain JavaScript, with no type declarations
import { mascFileToMarkdown, rteTextsToMarkdown } from "../bench/corpus.mjs";
// @ts-expect-error: a bench script in plain JavaScript, with no type declarations
import { mascParagraphText } from "../bench/pennTokens.mjs";

describe("rteTextsToMarkdown", () => {
  it("takes each pair's text as a paragraph and leaves its hypothesis out", () => {
    const xml = [
      '<pair id="1" value="TRUE" task="IE">',
      "\t<t>The council met on Tuesday.\nIt voted to close the bridge.</t>",
      "\t<h>The bridge was closed.</h>",
      "</pair>",
      '<pair id="2" value="FALSE" task="QA">',
      "\t<t>Rain fell across the north.</t>",
      "\t<h>It was dry.</h>",
      "</pair>",
    ].join("\n");
    expect(rteTextsToMarkdown(xml)).toBe("The council met on Tuesday. It voted to close the bridge.\n\nRain fell across the north.\n");
  });

  it("keeps a text that serves several pairs, or another file, only once", () => {
    const seen = new Set();
    const pair = (t: string, h: string) => `<pair><t>${t}</t><h>${h}</h></pair>`;
    expect(rteTextsToMarkdown(pair("Prices rose.", "Prices fell.") + pair("Prices rose.", "Prices went up."), seen)).toBe("Prices rose.\n");
    expect(rteTextsToMarkdown(pair("Prices rose.", "Nothing changed."), seen)).toBe("");
  });

  it("writes out character references and escapes what Markdown would read as syntax", () => {
    expect(rteTextsToMarkdown("<t>AT&amp;T said it &quot;won&quot; *twice* in [2004].</t><t># of seats fell.</t>")).toBe(
      'AT&T said it "won" \\*twice\\* in \\[2004\\].\n\n\\# of seats fell.\n',
    );
  });
});

describe("mascParagraphText", () => {
  it("joins a paragraph's sentences into one line and pairs a quotation that spans them", () => {
    expect(mascParagraphText(["He_PRP said_VBD ,_, ``_`` It_PRP is_VBZ late_JJ ._.", "We_PRP go_VBP ._. ''_'' Then_RB he_PRP left_VBD ._."])).toBe(
      'He said, "It is late. We go." Then he left.',
    );
  });

  it("reads the tokenizer's doubled backquotes and apostrophes as a straight double quote", () => {
    expect(mascParagraphText(["a_DT state_NN of_IN `_`` `_`` semi_NN starvation_NN ._. '_POS '_POS"])).toBe('a state of "semi starvation."');
  });

  it("joins a curly apostrophe split from its clitic, and keeps curly quotes on their word", () => {
    expect(mascParagraphText(["the_DT ant_NN ’_POS s_VBZ eyes_NNS and_CC the_DT ants_NNS ’_POS legs_NNS ;_: “_`` They_PRP ’re_VBP ‘_`` blue_JJ ’_'' ._. ”_''"])).toBe(
      "the ant’s eyes and the ants’ legs; “They’re ‘blue’.”",
    );
  });

  it("puts a lone backquote before its word as a straight single quote", () => {
    expect(mascParagraphText(["it_PRP means_VBZ `_`` courage_NN ,_, '_'' as_IN in_IN"])).toBe("it means 'courage,' as in");
  });

  it("joins a word split after a dash or a prefix's hyphen, but not a hyphen that waits for a second word", () => {
    expect(mascParagraphText(["open_JJ 9_CD am–_NN 5_CD pm_NN ,_, then-_JJ Rep._NNP Hall_NNP ,_, Judeo-Christian-_JJ Islamic_JJ views_NNS"])).toBe(
      "open 9 am–5 pm, then-Rep. Hall, Judeo-Christian-Islamic views",
    );
    expect(mascParagraphText(["both_DT gun-_JJ and_CC non-gun_JJ deaths_NNS"])).toBe("both gun- and non-gun deaths");
  });

  it("keeps a lone hyphen between words apart as a dash, and joins one between numbers", () => {
    expect(mascParagraphText(["every_DT day_NN -_: he_PRP builds_VBZ ,_, for_IN 7_CD -_: 10_CD days_NNS"])).toBe("every day - he builds, for 7-10 days");
  });

  it("joins a footnote's number back onto the sentence's last word, but not a batting average", () => {
    expect(mascParagraphText(["under_IN existing_VBG law_NN .1_CD Specifically_RB ,_, he_PRP hit_VBD .304_CD and_CC won_VBD ._."])).toBe(
      "under existing law.1 Specifically, he hit .304 and won.",
    );
  });

  it("gives nothing for a paragraph of a program's source", () => {
    expect(mascParagraphText(["double_JJ left_NN __SYM motor_NN __SYM OP_NN =_SYM 0_CD ;_:"])).toBeNull();
  });
});

describe("mascFileToMarkdown", () => {
  it("makes each paragraph one line, drops one that cannot be joined back and escapes Markdown", () => {
    const tagged = [
      "Iraq_NNP clears_VBZ visit_NN ",
      "",
      "The_DT plan_NN costs_VBZ $_$ 5_CD ._. ",
      "It_PRP uses_VBZ *_SYM two_CD *_SYM steps_NNS ._. ",
      "",
      "if_IN (_( x_NN )_) {_( go_VB }_) ",
      "",
      "#_# 1_CD ranks_VBZ first_RB ._.",
    ].join("\n");
    expect(mascFileToMarkdown(tagged)).toBe("Iraq clears visit\n\nThe plan costs $5. It uses \\* two \\* steps.\n\n\\# 1 ranks first.\n");
  });
});
