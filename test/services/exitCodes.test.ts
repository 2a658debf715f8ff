import { FINDING_CODES, type FindingCode } from "../../src/domain/findings";
import { exampleOf as finding } from "../support/findingExamples";
import { exitCodeFor, isDataError } from "../../src/services/exitCodes";

const DATA: FindingCode[] = ["ERR_ABOVE_MAX", "ERR_NEGATIVE", "ERR_STEP", "ERR_NOT_NUMBER", "ERR_TEXT_NUMBER", "ERR_COUNT", "ERR_MISSING", "ERR_NA_NOT_ALLOWED", "ERR_NOTHING_APPLICABLE", "ERR_REASON_MISSING", "ERR_TARGET", "ERR_DECIMALS", "ERR_TARGET_AMBIGUOUS"];

describe("exitCodeFor", () => {
  it("is 0 with no finding or only warnings", () => {
    expect(exitCodeFor([])).toBe(0);
    expect(exitCodeFor(FINDING_CODES.filter((c) => c.startsWith("WARN_")).map((c) => finding(c)))).toBe(0);
  });

  it("is 1 when the only errors are values breaking the agreed rules", () => {
    for (const code of DATA) expect([code, exitCodeFor([finding(code), finding("WARN_CAPPED")])]).toEqual([code, 1]);
  });

  it("is 2 for every other error, even beside data errors", () => {
    const input = FINDING_CODES.filter((c) => c.startsWith("ERR_") && !DATA.includes(c));
    expect(input).toEqual(expect.arrayContaining(["ERR_JSON_SYNTAX", "ERR_SCHEMA", "ERR_UNKNOWN_UNIT", "ERR_DUPLICATE_ROW", "ERR_CSV_ROW"]));
    for (const code of input) expect([code, exitCodeFor([finding("ERR_STEP"), finding(code)])]).toEqual([code, 2]);
  });
});

describe("isDataError", () => {
  it("is true for data errors only", () => {
    expect(isDataError(finding("ERR_STEP"))).toBe(true);
    expect(isDataError(finding("ERR_UNKNOWN_ITEM"))).toBe(false);
    expect(isDataError(finding("WARN_CAPPED"))).toBe(false);
  });
});
