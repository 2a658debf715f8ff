import { boardLabels } from "../../src/i18n/board";
import { recordedAt } from "../../src/i18n/clock";

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
});
