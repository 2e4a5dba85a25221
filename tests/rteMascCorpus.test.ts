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
  it("takes each pair's text as a paragraph of its own with the pair's id, and leaves its hypothesis out", () => {
    const xml = [
      '<pair id="1" value="TRUE" task="IE">',
      "\t<t>The council met on Tuesday.\nIt voted to close the bridge.</t>",
      "\t<h>The bridge was closed.</h>",
      "</pair>",
      '<pair id="12" value="FALSE" task="QA">',
      "\t<t>Rain fell across the north.</t>",
      "\t<h>It was dry.</h>",
      "</pair>",
    ].join("\n");
    expect(rteTextsToMarkdown(xml)).toEqual([
      { id: "1", markdown: "The council met on Tuesday. It voted to close the bridge.\n" },
      { id: "12", markdown: "Rain fell across the north.\n" },
    ]);
  });

  it("keeps a text that serves several pairs, or another file, only once", () => {
    const seen = new Set();
    const pair = (id: number, t: string, h: string) => `<pair id="${id}"><t>${t}</t><h>${h}</h></pair>`;
    expect(rteTextsToMarkdown(pair(1, "Prices rose.", "Prices fell.") + pair(2, "Prices rose.", "Prices went up."), seen)).toEqual([{ id: "1", markdown: "Prices rose.\n" }]);
    expect(rteTextsToMarkdown(pair(3, "Prices rose.", "Nothing changed."), seen)).toEqual([]);
  });

  it("writes out character references and escapes what Markdown would read as syntax", () => {
    const xml = '<pair id="5"><t>AT&amp;T said it &quot;won&quot; *twice* in [2004].</t></pair><pair id="6"><t># of seats fell.</t></pair>';
    expect(rteTextsToMarkdown(xml).map((t: { markdown: string }) => t.markdown)).toEqual(['AT&T said it "won" \\*twice\\* in \\[2004\\].\n', "\\# of seats fell.\n"]);
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

  it("joins a hyphen split from both its words, and keeps one tagged as a dash apart unless it joins two numbers", () => {
    expect(mascParagraphText(["an_DT after_JJ -_- tax_NN charge_NN ,_, a_DT 52_CD -_- week_NN high_NN"])).toBe("an after-tax charge, a 52-week high");
    expect(mascParagraphText(["every_DT day_NN -_: he_PRP builds_VBZ ,_, for_IN 7_CD -_: 10_CD days_NNS"])).toBe("every day - he builds, for 7-10 days");
  });

  it("reads two hyphens in a row as a dash", () => {
    expect(mascParagraphText(["a_DT job_NN offer_NN -_: -_: his_PRP$ first_JJ"])).toBe("a job offer -- his first");
  });

  it("joins a footnote's number back onto the sentence's last word, but not a batting average", () => {
    expect(mascParagraphText(["under_IN existing_VBG law_NN .1_CD Specifically_RB ,_, he_PRP hit_VBD .304_CD and_CC won_VBD ._."])).toBe(
      "under existing law.1 Specifically, he hit .304 and won.",
    );
  });

  it("joins a web or e-mail address split at its dots and its at sign, and leaves a lowercase sentence start alone", () => {
    expect(mascParagraphText(["visit_VB www_NN ._. copia_NN ._. org_NN or_CC e-mail_VB andy_NN ._. russell_NN @_IN eng_NN ._. monash_NN ._. edu_NN ._. au_NN ._."])).toBe(
      "visit www.copia.org or e-mail andy.russell@eng.monash.edu.au.",
    );
    expect(mascParagraphText(["write_VB to_TO pat_NN @_IN aol_NN ._. com_NN or_CC krosen_NN (_( at_IN )_) ajc_NN ._. com_NN"])).toBe("write to pat@aol.com or krosen (at) ajc.com");
    expect(mascParagraphText(["Sales_NNS ended_VBD ._. net_JJ gains_NNS rose_VBD ._."])).toBe("Sales ended. net gains rose.");
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
