import { fillText, t } from "../../src/i18n/uiText";
import { loadUiText, loadViewWords } from "../../src/taskpane/lazy/loadUiText";

beforeAll(() => Promise.all([loadUiText("en"), loadViewWords()]));

describe("t / fillText", () => {
  it("fills named values, numbers with the language's decimal mark", () => {
    expect(t("vi", "vote.title", { rank: 2, total: "92,50" })).toBe("Đồng hạng 2 với 92,50 điểm");
    expect(fillText("{a} + {b}", { a: 92.5, b: "x" }, "vi")).toBe("92,5 + x");
    expect(fillText("{a} + {b}", { a: 92.5, b: "x" }, "en")).toBe("92.5 + x");
  });

  it("picks the singular form for 1 and the plural otherwise", () => {
    expect(t("en", "validate.warnings", { count: 1 })).toBe("1 note");
    expect(t("en", "validate.warnings", { count: 2 })).toBe("2 notes");
    expect(t("en", "validate.notReadyWhat", { errors: 1, warnings: 0 })).toMatch(/^1 error to fix and 0 notes\./);
    expect(t("vi", "validate.warnings", { count: 1 })).toBe("1 lưu ý");
  });

  it("leaves a placeholder it has no value for, so a missing value shows rather than vanishes", () => {
    expect(fillText("{a} {n|x|y}", {}, "en")).toBe("{a} {n|x|y}");
  });
});
