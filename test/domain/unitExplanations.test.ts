import { finding, type Finding } from "../../src/domain/findings";
import type { StageChange } from "../../src/domain/stageChanges";
import { warningsNotExplained, type UnitExplanation } from "../../src/domain/unitExplanations";

const change = (unit: string, item: string, stage: StageChange["stage"], reason: string | null): StageChange => ({ unit, item, kind: "criterion", stage, previous: "self", before: 6, after: 5.5, reason });
const explained = (unit: string, changes: StageChange[]): UnitExplanation => ({ unit, changes, full: [], leftOut: [], rescaled: null, measured: [] });
const missing = (unit: string, item: string, stage: StageChange["stage"]) =>
  finding("WARN_REASON_MISSING", { stage, previous: "self", before: 6, after: 5.5, kind: "points" }, { unit, item, stage });

describe("warningsNotExplained: a missing reason is said once", () => {
  it("drops the warnings an explanation already tells as 'no reason', and keeps every other", () => {
    const told = missing("U1", "C1", "bloc");
    const otherStage = missing("U1", "C1", "verified");
    const otherItem = missing("U1", "C2", "bloc");
    const otherUnit = missing("U2", "C1", "bloc");
    const withReason = missing("U1", "C3", "bloc");
    const otherCode: Finding = { code: "WARN_CAPPED", severity: "warning", params: {}, unit: "U1", item: "C1", stage: "bloc" };
    const ranking = {
      warnings: [told, otherStage, otherItem, otherUnit, withReason, otherCode],
      explanations: [explained("U1", [change("U1", "C1", "bloc", null), change("U1", "C3", "bloc", "thiếu minh chứng")]), explained("U2", [])],
    };
    expect(warningsNotExplained(ranking)).toEqual([otherStage, otherItem, otherUnit, withReason, otherCode]);
  });

  it("keeps them all when nothing is explained", () => {
    const ws = [missing("U1", "C1", "bloc"), missing("U2", "C2", "bloc")];
    expect(warningsNotExplained({ warnings: ws, explanations: [] })).toEqual(ws);
  });
});
