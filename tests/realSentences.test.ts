/**
 * bench/realSentences.mjs turns tagged corpus lines back into the sentences they were: these are
 * the joins the measured sentences depend on.
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error: a bench script in plain JavaScript, with no type declarations
import { agNewsText, ieerText, joinBrownTokens, joinConllTokens, joinMascTokens, joinPennTokens } from "../bench/realSentences.mjs";

describe("joinPennTokens", () => {
  it("drops the tags and joins punctuation and clitics to their word", () => {
    expect(joinPennTokens("The/DT firm/NN 's/POS chief/NN did/VBD n't/RB say/VB ,/, and/CC we/PRP 're/VBP told/VBN (/( again/RB )/) ./.")).toBe(
      "The firm's chief didn't say, and we're told (again).",
    );
  });

  it("joins a hyphen, a slash and a dollar sign to the words beside them", () => {
    expect(joinPennTokens("An/DT 18/CD -/: month/NN deal/NN at/IN $/$ 5/CD and&slash;or/CC less/JJR ./.")).toBe("An 18-month deal at $5 and/or less.");
  });

  it("takes paired straight quotes as opening and closing in turn", () => {
    expect(joinPennTokens('He/PRP said/VBD ,/, "/" It/PRP is/VBZ fine/JJ ./. "/"')).toBe('He said, "It is fine."');
  });

  it("lets a line's first quote open a quotation that runs on when the line starts with it", () => {
    expect(joinPennTokens('"/" I/PRP called/VBD it/PRP "/" a/DT mess/NN ,/, "/" and/CC left/VBD ./.')).toBe('"I called it "a mess," and left.');
  });

  it("lets a line's first quote close a quotation after a stop or a comma, and its last open one otherwise", () => {
    expect(joinPennTokens('all/DT over/RB ,/, "/" he/PRP said/VBD ./.')).toBe('all over," he said.');
    expect(joinPennTokens('He/PRP said/VBD ,/, "/" It/PRP is/VBZ over/RB ./.')).toBe('He said, "It is over.');
    expect(joinPennTokens('She/PRP wrote/VBD :/: "/" Dear/JJ Sir/NNP')).toBe('She wrote: "Dear Sir');
  });
});

describe("joinBrownTokens", () => {
  it("drops the tags and turns the quote tokens into straight quotes", () => {
    expect(joinBrownTokens("The/at jury/nn said/vbd ``/`` fine/jj ''/'' ./.")).toBe('The jury said "fine".');
  });
});

describe("joinConllTokens", () => {
  it("takes each line's first field and joins the words, with Penn's quote tokens as straight quotes", () => {
    const block = ["``", "It", "is", "n't", "over", ",", "''", "he", "said", "."].map((w) => `${w} XX O`).join("\n");
    expect(joinConllTokens(block)).toBe(`"It isn't over," he said.`);
  });
  it("gives nothing for a block of one token", () => {
    expect(joinConllTokens("Hello NN B-NP")).toBe("");
  });
});

describe("ieerText", () => {
  it("takes out the entity markup and writes quotes and AP's dash as prose", () => {
    const body = '<b_enamex type="LOCATION">Paris<e_enamex> _ the city said ``no\'\' on <b_timex type="DATE">Friday<e_timex>.';
    expect(ieerText(body)).toBe('Paris — the city said "no" on Friday.');
  });
});

describe("joinMascTokens", () => {
  it("drops the tags after the last underscore and joins curly clitics and quotes as Penn's straight ones", () => {
    expect(joinMascTokens("I_PRP ’m_VBP sure_JJ it_PRP is_VBZ n’t_RB “_`` over_RB ”_'' ,_, he_PRP said_VBD ._.")).toBe('I\'m sure it isn\'t "over", he said.');
  });
  it("keeps an underscore inside a word and a slash inside a word", () => {
    expect(joinMascTokens("and/or_CC first_name_NN ._.")).toBe("and/or first_name.");
  });
});

describe("agNewsText", () => {
  it("decodes the references written without an ampersand and takes off the credit", () => {
    expect(agNewsText("AP - The firm's  #36;10 million bid, quot;a steal quot;, drew #39;no#39; rival.")).toBe('The firm\'s $10 million bid, "a steal ", drew \'no\' rival.');
  });
  it("reads a backslash as a line break and a ticker in angle brackets as one in parentheses", () => {
    expect(agNewsText("LOS ANGELES (Reuters) - Dell Inc. <DELL.O> said\\it would\\ cut prices.")).toBe("LOS ANGELES (Reuters) - Dell Inc. (DELL.O) said it would cut prices.");
  });
  it("leaves a sentence whose words are not a credit as it is", () => {
    expect(agNewsText("Oil prices rose - a sign of strain.")).toBe("Oil prices rose - a sign of strain.");
  });
});
