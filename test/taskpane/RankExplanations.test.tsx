/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fixtureFile } from "../support/fixture";
import { fixtureBytes, openInPane, renderPane, SLOW, xlsxFactory } from "./paneHarness";

/** The fixture's scores with a reason for U01's bloc score of C01 (7 → 6,75). */
function reasonedScores(): string {
  return fixtureFile("scores.csv").replace("U01,C01,bloc,6.75,", "U01,C01,bloc,6.75,Thiếu minh chứng tỷ lệ giải ngân");
}

describe("RankView: explanations", () => {
  it("says, per unit, each changed score with its stage, old → new and the reason, and tells a missing reason once", async () => {
    renderPane(xlsxFactory());
    await openInPane(await fixtureBytes({ scores: reasonedScores() }));
    fireEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await waitFor(() => expect(screen.getByRole("table")).toBeTruthy(), SLOW);
    const list = screen.getByRole("list", { name: "Điểm được điều chỉnh và tiêu chí không áp dụng" });
    const hue = within(list).getByText("UBND thành phố Huế:").closest("li")!;
    const lines = within(hue).getAllByRole("listitem").map((li) => li.textContent);
    expect(lines[0]).toBe("C01: khối chấm 7 → 6,75 — lý do: “Thiếu minh chứng tỷ lệ giải ngân”");
    expect(lines).toContain("C04: khối chấm 5,75 → 5,25 — chưa ghi lý do");
    // the notes below don't repeat the missing reasons the explanations already tell
    const notes = screen.queryByRole("list", { name: "Giải thích" });
    if (notes) expect(within(notes).queryByText(/chưa ghi lý do/)).toBeNull();
  });
});
