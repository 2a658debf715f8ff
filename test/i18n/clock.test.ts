import { boardLabels } from "../../src/i18n/board";
import { recordedAt } from "../../src/i18n/clock";
import { finding } from "../../src/domain/findings";
import { findingMessage } from "../../src/i18n";
import { shownTime } from "../../src/taskpane/seal/when";

describe("recorded times as readers expect them", () => {
  it("says a seal's time on Vietnam's clock, day first, in Vietnamese, and in UTC, ISO order, in English", () => {
    // 02:00 UTC is 09:00 in Vietnam; 20:30 UTC is already the next day there
    expect(recordedAt.vi("2026-12-05T02:00:00.000Z")).toBe("09:00 ngày 05/12/2026");
    expect(recordedAt.vi("2026-12-31T20:30:00Z")).toBe("03:30 ngày 01/01/2027");
    expect(recordedAt.en("2026-12-05T02:00:00.000Z")).toBe("2026-12-05 02:00 UTC");
    expect(recordedAt.vi("not a time")).toBe("not a time");
  });

  it("is how the Board's table names a seal, never the raw ISO text", () => {
    const vi = boardLabels.vi.sealed("Trưởng khối", "2026-12-05T02:00:00.000Z", "kết quả cuối cùng");
    expect(vi).toBe("Trưởng khối, 09:00 ngày 05/12/2026 (kết quả cuối cùng)");
    expect(boardLabels.en.sealed("Head", "2026-12-05T02:00:00.000Z", "final result")).toBe("Head, 2026-12-05 02:00 UTC (final result)");
  });

  it("is how the seal findings name a seal, never the raw ISO text (as Kiểm tra showed it before)", () => {
    const at = "2026-12-05T02:00:00.000Z";
    const changed = finding("ERR_SEALED_CHANGED", { sheet: "UBND thành phố Huế", cell: "F6", by: "Nguyễn Văn A", at, before: 6.5, after: 7 });
    expect(findingMessage(changed, "vi", { surface: "pane" })).toContain("(Nguyễn Văn A, lúc 09:00 ngày 05/12/2026): lúc chốt là 6,5, nay là 7.");
    expect(findingMessage(changed, "en", { surface: "pane" })).toContain("(Nguyễn Văn A, 2026-12-05 02:00 UTC): 6.5 when sealed, now 7.");
    for (const f of [finding("ERR_SEALED", { stage: "final", by: "A", at }), finding("ERR_SEAL_REMOVED", { by: "A", at }), finding("ERR_SEALED_CHANGED", { reason: "rubric", by: "A", at })]) {
      for (const lang of ["vi", "en"] as const) expect([f.code, lang, findingMessage(f, lang)]).toEqual([f.code, lang, expect.not.stringContaining("T02:00")]);
    }
    // the pane's banner and history say it on the same clock as the findings beside them
    expect(shownTime(at, "vi")).toBe("09:00 ngày 05/12/2026");
    expect(shownTime(at, "en")).toBe("2026-12-05 02:00 UTC");
  });
});
